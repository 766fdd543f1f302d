// The k-th smallest of some numbers in linear time (Hoare's selection): the preselection's cut on a large pack,
// where sorting every touched entry's weight cost more than walking the postings.

/** The k-th smallest (k from 0) of `values`, as `[...values].sort((a, b) => a - b)[k]`; reorders `values`. */
export function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}
