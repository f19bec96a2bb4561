package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Weights of pairs under a fitted model. Agreement on a field with term frequencies, from the comparator's
 * {@link FieldComparator#frequencyAdjustedFrom} level up (exact agreement by default; names from the same skeleton
 * up), is adjusted for the value: u becomes {@code u_level * tf(value) / E[tf]}, where E[tf] is the mean frequency of
 * the value two random agreeing records share, so that the adjustment averages out to the fitted u and a rare surname
 * weighs more than "Mohammadi".
 */
final class Scorer {

    private final PreparedRecords records;
    private final Patterns patterns;
    final MatchModel model;
    private final double[] meanAgreeingFrequency;

    Scorer(PreparedRecords records, Patterns patterns, MatchModel model) {
        this.records = records;
        this.patterns = patterns;
        this.model = model;
        meanAgreeingFrequency = new double[patterns.fields()];
        for (int f = 0; f < patterns.fields(); f++) {
            double sum = 0;
            double squares = 0;
            for (float tf : records.frequency[f]) {
                if (!Float.isNaN(tf)) {
                    sum += tf;
                    squares += (double) tf * tf;
                }
            }
            meanAgreeingFrequency[f] = sum > 0 ? squares / sum : Double.NaN;
        }
    }

    double weight(int i, int j) {
        return weight(i, j, patterns.encode(records.levels(i, j)));
    }

    double weight(int i, int j, int code) {
        double weight = model.priorWeight();
        for (int f = 0; f < patterns.fields(); f++) {
            int level = patterns.level(code, f);
            if (level >= 0) {
                weight += fieldWeight(f, level, i, j);
            }
        }
        return weight;
    }

    private double fieldWeight(int f, int level, int i, int j) {
        if (!adjusted(f, level, i, j)) {
            return model.weight(f, level);
        }
        double tf = Math.max(records.frequency[f][i], records.frequency[f][j]);
        double u = Math.min(Math.max(model.u()[f][level] * tf / meanAgreeingFrequency[f], 1e-12), 1 - 1e-12);
        return MatchModel.log2(model.m()[f][level] / u);
    }

    private boolean adjusted(int f, int level, int i, int j) {
        return level >= records.comparators.get(f).frequencyAdjustedFrom() && !Double.isNaN(meanAgreeingFrequency[f])
                && !Float.isNaN(records.frequency[f][i]) && !Float.isNaN(records.frequency[f][j]);
    }

    Explanation explain(int i, int j) {
        int[] levels = records.levels(i, j);
        List<Explanation.Contribution> steps = new ArrayList<>();
        double total = model.priorWeight();
        for (int f = 0; f < levels.length; f++) {
            LinkageConfig.FieldSpec spec = records.config.fields().get(f);
            double w = levels[f] < 0 ? 0 : fieldWeight(f, levels[f], i, j);
            total += w;
            steps.add(new Explanation.Contribution(spec.column(), spec.type().configName(),
                    levels[f] < 0 ? null : model.levels().get(f).get(levels[f]), records.raw[f][i], records.raw[f][j],
                    w, levels[f] >= 0 && adjusted(f, levels[f], i, j)));
        }
        return new Explanation(records.ids[i], records.ids[j], model.priorWeight(), steps, total,
                MatchModel.probability(total));
    }
}
