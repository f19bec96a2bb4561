package org.dadkhah.estimate;

import org.jspecify.annotations.Nullable;

/**
 * How the space of log-linear models was searched; serialised as {@code search} in the JSON of a log-linear
 * result and stated in the terminal table and the statement of method.
 *
 * @param kind {@code exhaustive} (every model of the space fitted, so the selected model is the best of it) or
 *             {@code heuristic} (a part of the space searched from several starting models)
 * @param models number of hierarchical models fitted
 * @param starts number of starting models of a heuristic search; null for an exhaustive one
 * @param space the models searched
 * @param summary one line: {@code exhaustive over N models ...} or {@code heuristic, K models fitted from S
 *                starts ...} ({@code 1 start} for one)
 */
public record ModelSearch(String kind, int models, @Nullable Integer starts, String space, String summary) {

    /** Kind of a search that fitted every model of its space. */
    public static final String EXHAUSTIVE = "exhaustive";
    /** Kind of a search that fitted a part of its space. */
    public static final String HEURISTIC = "heuristic";

    /**
     * @param models number of models fitted, all of the space
     * @param space the space
     * @return an exhaustive search
     */
    static ModelSearch exhaustive(int models, String space) {
        return new ModelSearch(EXHAUSTIVE, models, null, space, "exhaustive over " + models + " models (" + space
                + "), plus Rcapture's closedp models");
    }

    /**
     * @param models number of models fitted
     * @param starts number of starting models
     * @param space the space searched in part
     * @param why why the space was not searched exhaustively, and how the search moved
     * @return a heuristic search
     */
    static ModelSearch heuristic(int models, int starts, String space, String why) {
        return new ModelSearch(HEURISTIC, models, starts, space, "heuristic, " + models + " models fitted from "
                + starts + (starts == 1 ? " start (" : " starts (") + space + "; " + why
                + "), plus Rcapture's closedp models");
    }
}
