//! A small stable sort for the short lists that charts and queries order.

use std::cmp::Ordering;

/// Insertion sort, stable like `slice::sort_by`. The lists hold at most a few hundred
/// items, and std's sorts cost about 2 KB of wasm for each element type.
pub(crate) fn sort_by<T>(v: &mut [T], cmp: fn(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by;

    #[test]
    fn sorts_stably() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }
}
