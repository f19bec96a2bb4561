package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the candidate log-linear models: hierarchical models of list interactions, and the closed-population
 * models of the Rcapture package (Baillargeon and Rivest 2007, J. Stat. Softw. 19(5); design matrices as in
 * Rcapture's {@code Xclosedp}).
 */
final class ModelCatalog {

    /** Number of lists up to which every hierarchical model is enumerated. */
    static final int ENUMERATION_LIMIT = 5;

    private ModelCatalog() {
    }

    /**
     * Every hierarchical model containing all main effects and not the highest-order interaction.
     *
     * @param lists list names
     * @return the models, the independence model first
     */
    static List<List<Integer>> hierarchicalTermSets(int lists) {
        List<Integer> candidates = candidateTerms(lists, lists - 1);
        List<List<Integer>> out = new ArrayList<>();
        enumerate(candidates, 0, new ArrayList<>(), out);
        return out;
    }

    /** @return interaction terms of order 2..maxOrder, ordered by order */
    static List<Integer> candidateTerms(int lists, int maxOrder) {
        List<Integer> terms = new ArrayList<>();
        for (int order = 2; order <= maxOrder; order++) {
            for (int mask = 1; mask < 1 << lists; mask++) {
                if (Integer.bitCount(mask) == order) {
                    terms.add(mask);
                }
            }
        }
        return terms;
    }

    private static void enumerate(List<Integer> candidates, int index, List<Integer> chosen, List<List<Integer>> out) {
        if (index == candidates.size()) {
            out.add(List.copyOf(chosen));
            return;
        }
        enumerate(candidates, index + 1, chosen, out);
        int term = candidates.get(index);
        if (subTermsPresent(term, chosen)) {
            chosen.add(term);
            enumerate(candidates, index + 1, chosen, out);
            chosen.removeLast();
        }
    }

    /** @return whether every sub-term of order k-1 (k-1 at least 2) of {@code term} is in {@code terms} */
    static boolean subTermsPresent(int term, List<Integer> terms) {
        if (Integer.bitCount(term) <= 2) {
            return true;
        }
        for (int bit = term; bit != 0; bit &= bit - 1) {
            int sub = term & ~Integer.lowestOneBit(bit);
            if (!terms.contains(sub)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param lists list names
     * @param terms interaction terms as bit masks
     * @return the hierarchical model with all main effects and these interactions
     */
    static LogLinearModel hierarchical(List<String> lists, List<Integer> terms) {
        int t = lists.size();
        int cells = 1 << t;
        int p = 1 + t + terms.size();
        double[][] x = new double[cells][p];
        for (int mask = 0; mask < cells; mask++) {
            x[mask][0] = 1;
            for (int j = 0; j < t; j++) {
                x[mask][1 + j] = (mask >> j) & 1;
            }
            for (int k = 0; k < terms.size(); k++) {
                x[mask][1 + t + k] = (mask & terms.get(k)) == terms.get(k) ? 1 : 0;
            }
        }
        return new LogLinearModel(hierarchicalName(lists, terms), LogLinearModel.Kind.INTERCEPT, x, p, false,
                List.copyOf(terms));
    }

    /** @return the generating class, e.g. {@code "A*B + C"}, or {@code "independence"} */
    static String hierarchicalName(List<String> lists, List<Integer> terms) {
        List<Integer> maximal = new ArrayList<>();
        for (int term : terms) {
            boolean covered = false;
            for (int other : terms) {
                covered |= other != term && (other & term) == term;
            }
            if (!covered) {
                maximal.add(term);
            }
        }
        if (maximal.isEmpty()) {
            return "independence";
        }
        int used = 0;
        List<String> parts = new ArrayList<>();
        for (int term : maximal) {
            parts.add(names(lists, term));
            used |= term;
        }
        for (int j = 0; j < lists.size(); j++) {
            if ((used & (1 << j)) == 0) {
                parts.add(lists.get(j));
            }
        }
        return String.join(" + ", parts);
    }

    static String names(List<String> lists, int term) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < lists.size(); j++) {
            if ((term & (1 << j)) != 0) {
                parts.add(lists.get(j));
            }
        }
        return String.join("*", parts);
    }

    /**
     * The models fitted by Rcapture's {@code closedp.t} except Mt, which is the hierarchical independence model.
     *
     * @param t number of lists (capture occasions)
     * @return M0, the Mh and Mth heterogeneity models (t at least 3), Mb and Mbh (t at least 3)
     */
    static List<LogLinearModel> rcaptureModels(int t) {
        List<LogLinearModel> models = new ArrayList<>();
        models.add(build("M0", t, "M0", null));
        if (t >= 3) {
            for (String m : List.of("Mh", "Mth")) {
                models.add(build(m + " Chao (LB)", t, m, "Chao"));
                models.add(build(m + " Poisson2", t, m, "Poisson"));
                models.add(build(m + " Darroch", t, m, "Darroch"));
                models.add(build(m + " Gamma3.5", t, m, "Gamma"));
            }
        }
        models.add(build("Mb", t, "Mb", null));
        if (t >= 3) {
            models.add(build("Mbh", t, "Mbh", null));
        }
        return models;
    }

    private static LogLinearModel build(String name, int t, String m, String h) {
        int cells = 1 << t;
        List<double[]> rows = new ArrayList<>();
        for (int mask = 0; mask < cells; mask++) {
            rows.add(row(mask, t, m, h));
        }
        int fixed = switch (m) {
            case "Mh", "M0" -> 2;
            case "Mt", "Mth" -> t + 1;
            case "Mb" -> 3;
            default -> 4;
        };
        LogLinearModel.Kind kind = switch (m) {
            case "Mb" -> LogLinearModel.Kind.MB;
            case "Mbh" -> LogLinearModel.Kind.MBH;
            default -> LogLinearModel.Kind.INTERCEPT;
        };
        return new LogLinearModel(name, kind, rows.toArray(double[][]::new), fixed, "Chao".equals(h), List.of());
    }

    private static double[] row(int mask, int t, String m, String h) {
        int nbcap = Integer.bitCount(mask);
        List<Double> v = new ArrayList<>();
        v.add(1.0);
        switch (m) {
            case "M0", "Mh" -> v.add((double) nbcap);
            case "Mt", "Mth" -> {
                for (int j = 0; j < t; j++) {
                    v.add((double) ((mask >> j) & 1));
                }
            }
            default -> {
                if (m.equals("Mbh")) {
                    v.add((double) (1 - (mask & 1)));
                }
                v.add((double) (mask == 0 ? t : Integer.numberOfTrailingZeros(mask)));
                v.add((double) (nbcap - 1));
            }
        }
        if (h != null) {
            switch (h) {
                case "Chao" -> {
                    for (int j = 3; j <= t; j++) {
                        v.add((double) Math.max(nbcap - j + 1, 0));
                    }
                }
                case "Poisson" -> v.add(Math.pow(2, nbcap) - 1);
                case "Darroch" -> v.add(nbcap * nbcap / 2.0);
                default -> v.add(-Math.log(3.5 + nbcap) + Math.log(3.5));
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
