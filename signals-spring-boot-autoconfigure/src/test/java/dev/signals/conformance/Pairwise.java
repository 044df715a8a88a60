package dev.signals.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Picks, from all valid cells, a small set in which every pair of values of any two
 * dimensions appears at least once: greedily, the cell covering the most pairs not yet
 * covered first, so that the choice is the same on every run.
 */
final class Pairwise {

	private Pairwise() {
	}

	/**
	 * @param candidates every valid cell
	 * @param dimensions the value of each dimension of a cell, as an index below its size
	 * @param sizes the number of values of each dimension
	 */
	static <C> List<C> cover(List<C> candidates, Function<C, int[]> dimensions, int[] sizes) {
		int n = sizes.length;
		int[][] offsets = new int[n][n];
		int total = 0;
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				offsets[a][b] = total;
				total += sizes[a] * sizes[b];
			}
		}
		int[][] pairs = new int[candidates.size()][];
		boolean[] uncovered = new boolean[total];
		for (int i = 0; i < candidates.size(); i++) {
			int[] values = dimensions.apply(candidates.get(i));
			int[] codes = new int[n * (n - 1) / 2];
			int k = 0;
			for (int a = 0; a < n; a++) {
				for (int b = a + 1; b < n; b++) {
					codes[k++] = offsets[a][b] + values[a] * sizes[b] + values[b];
				}
			}
			pairs[i] = codes;
			for (int code : codes) {
				uncovered[code] = true;
			}
		}
		List<C> chosen = new ArrayList<>();
		while (true) {
			int best = -1;
			int bestGain = 0;
			for (int i = 0; i < pairs.length; i++) {
				int gain = 0;
				for (int code : pairs[i]) {
					if (uncovered[code]) {
						gain++;
					}
				}
				if (gain > bestGain) {
					best = i;
					bestGain = gain;
				}
			}
			if (best < 0) {
				return chosen;
			}
			chosen.add(candidates.get(best));
			for (int code : pairs[best]) {
				uncovered[code] = false;
			}
		}
	}

}
