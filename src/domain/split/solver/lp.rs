//! A small dense linear program solver for the branch and bound of the optimal split:
//! maximise `c·x` subject to `row_lo <= A x <= row_hi` and `lo <= x <= hi`, by the bounded
//! dual simplex method on a dense tableau.
//!
//! It is made for the node problems of a branch and bound: every column has finite bounds,
//! so the all-slack basis is dual feasible from the start, and changing bounds keeps a basis
//! dual feasible, so each node re-solves from its parent's basis in a few pivots.
//!
//! What it says is checked against the original data, not trusted from the tableau (which
//! collects rounding errors over many pivots):
//! - [`Lp::safe_bound`] is a Lagrangian bound computed from the row duals and the original
//!   matrix. It holds for any duals, so it is a valid upper bound on the node whatever the
//!   state of the tableau;
//! - infeasibility is reported only with a combination of the original rows that no point
//!   in the bounds can satisfy (a Farkas certificate), checked on the original matrix.

/// What a solve found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LpStatus {
    /// Optimal within the tolerances: the values are in [`Lp::x`].
    Optimal,
    /// No point meets every row within the bounds (checked on the original rows).
    Infeasible,
    /// The iteration limit was reached or the numbers went wrong: nothing is known.
    Unknown,
}

const PRIMAL_TOL: f64 = 1e-9;
const DUAL_TOL: f64 = 1e-10;
const PIVOT_TOL: f64 = 1e-9;
const REFACTOR_EVERY: usize = 64;

/// A linear program and its dense tableau, kept between solves so a changed bound re-solves
/// from the last basis.
#[derive(Clone, Debug)]
pub struct Lp {
    rows: usize,
    cols: usize,
    /// Original matrix, row-major, `rows × cols`.
    a: Vec<f64>,
    c: Vec<f64>,
    /// Bounds of every variable: the columns, then one slack per row (`s_r = A_r x`).
    lo: Vec<f64>,
    hi: Vec<f64>,
    /// `B⁻¹ [A | −I]`, row-major, `rows × (cols + rows)`.
    t: Vec<f64>,
    basic: Vec<usize>,
    /// Row of each basic variable, `usize::MAX` when nonbasic.
    row_of: Vec<usize>,
    at_hi: Vec<bool>,
    d: Vec<f64>,
    x: Vec<f64>,
    pivots: usize,
    /// Total work done (tableau entries touched), for the caller's budget.
    pub work: u64,
}

impl Lp {
    /// A problem with the rows of `a` (row-major, `row_lo.len()` rows of `c.len()` columns).
    /// Every column bound must be finite.
    pub fn new(
        a: Vec<f64>,
        c: Vec<f64>,
        col_lo: &[f64],
        col_hi: &[f64],
        row_lo: &[f64],
        row_hi: &[f64],
    ) -> Lp {
        let rows = row_lo.len();
        let cols = c.len();
        debug_assert_eq!(a.len(), rows * cols);
        debug_assert!(col_lo.iter().chain(col_hi).all(|v| v.is_finite()));
        let mut lp = Lp {
            rows,
            cols,
            a,
            c,
            lo: col_lo.iter().chain(row_lo).copied().collect(),
            hi: col_hi.iter().chain(row_hi).copied().collect(),
            t: vec![0.0; rows * (cols + rows)],
            basic: vec![0; rows],
            row_of: vec![usize::MAX; cols + rows],
            at_hi: vec![false; cols + rows],
            d: vec![0.0; cols + rows],
            x: vec![0.0; cols + rows],
            pivots: 0,
            work: 0,
        };
        lp.slack_basis();
        lp
    }

    /// How many rows (constraints `row_lo <= A x <= row_hi`) the problem has.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// How many columns (variables `x`) the problem has.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// The value of column `j` at the last solve.
    pub fn x(&self, j: usize) -> f64 {
        self.x[j]
    }

    /// The bounds `(lo, hi)` of variable `j`: column `j` when `j < cols`, else the slack of
    /// row `j - cols` (that row's `row_lo`, `row_hi`).
    pub fn bounds(&self, j: usize) -> (f64, f64) {
        (self.lo[j], self.hi[j])
    }

    /// Sets the bounds of column `j` (finite, `lo <= hi`).
    pub fn set_bounds(&mut self, j: usize, lo: f64, hi: f64) {
        debug_assert!(j < self.cols && lo.is_finite() && hi.is_finite());
        self.lo[j] = lo;
        self.hi[j] = hi;
    }

    /// `c·x` at the last solve.
    pub fn objective(&self) -> f64 {
        self.c.iter().zip(&self.x).map(|(c, x)| c * x).sum()
    }

    fn width(&self) -> usize {
        self.cols + self.rows
    }

    /// The basis of all slacks: `B⁻¹ [A | −I] = [−A | I]`, every column at the bound its cost
    /// points to (dual feasible).
    fn slack_basis(&mut self) {
        let w = self.width();
        for r in 0..self.rows {
            for j in 0..self.cols {
                self.t[r * w + j] = -self.a[r * self.cols + j];
            }
            for k in 0..self.rows {
                self.t[r * w + self.cols + k] = if k == r { 1.0 } else { 0.0 };
            }
            self.basic[r] = self.cols + r;
        }
        self.row_of.iter_mut().for_each(|x| *x = usize::MAX);
        for r in 0..self.rows {
            self.row_of[self.cols + r] = r;
        }
        for j in 0..self.cols {
            self.at_hi[j] = self.c[j] > 0.0;
        }
        self.pivots = 0;
        self.reduced_costs();
    }

    /// Rebuilds the tableau from the original matrix for the current basis (Gauss–Jordan
    /// with partial pivoting). Falls back to the slack basis if the basis is singular.
    fn refactor(&mut self) {
        let w = self.width();
        let rows = self.rows;
        let mut t = vec![0.0; rows * w];
        for r in 0..rows {
            for j in 0..self.cols {
                t[r * w + j] = self.a[r * self.cols + j];
            }
            t[r * w + self.cols + r] = -1.0;
        }
        let mut assigned = vec![false; rows];
        let mut basic = vec![0usize; rows];
        for &v in &self.basic {
            let mut best = (usize::MAX, PIVOT_TOL);
            for r in 0..rows {
                if !assigned[r] && t[r * w + v].abs() > best.1 {
                    best = (r, t[r * w + v].abs());
                }
            }
            let r = best.0;
            if r == usize::MAX {
                self.slack_basis();
                return;
            }
            assigned[r] = true;
            basic[r] = v;
            let p = t[r * w + v];
            for j in 0..w {
                t[r * w + j] /= p;
            }
            for q in 0..rows {
                if q != r {
                    let f = t[q * w + v];
                    if f != 0.0 {
                        for j in 0..w {
                            t[q * w + j] -= f * t[r * w + j];
                        }
                    }
                }
            }
        }
        self.work += (rows * rows * w) as u64;
        self.t = t;
        self.basic = basic;
        self.row_of.iter_mut().for_each(|x| *x = usize::MAX);
        for (r, &v) in self.basic.iter().enumerate() {
            self.row_of[v] = r;
        }
        self.pivots = 0;
        self.reduced_costs();
    }

    fn cost(&self, j: usize) -> f64 {
        if j < self.cols {
            self.c[j]
        } else {
            0.0
        }
    }

    fn reduced_costs(&mut self) {
        let w = self.width();
        for j in 0..w {
            let mut d = self.cost(j);
            if self.row_of[j] == usize::MAX {
                for r in 0..self.rows {
                    d -= self.cost(self.basic[r]) * self.t[r * w + j];
                }
            } else {
                d = 0.0;
            }
            self.d[j] = d;
        }
    }

    /// Puts each nonbasic variable at the bound its reduced cost points to and computes the
    /// basic values.
    fn place(&mut self) {
        let w = self.width();
        for j in 0..w {
            if self.row_of[j] != usize::MAX {
                continue;
            }
            let up = if self.d[j] > DUAL_TOL {
                true
            } else if self.d[j] < -DUAL_TOL {
                false
            } else {
                self.at_hi[j]
            };
            // A slack may have an infinite bound: never sit there.
            let up = if up {
                self.hi[j].is_finite()
            } else {
                !self.lo[j].is_finite()
            };
            self.at_hi[j] = up;
            self.x[j] = if up { self.hi[j] } else { self.lo[j] };
        }
        self.basic_values();
    }

    fn basic_values(&mut self) {
        let w = self.width();
        for r in 0..self.rows {
            let mut v = 0.0;
            let row = &self.t[r * w..(r + 1) * w];
            for (j, &tj) in row.iter().enumerate() {
                if tj != 0.0 && self.row_of[j] == usize::MAX {
                    v -= tj * self.x[j];
                }
            }
            self.x[self.basic[r]] = v;
        }
        self.work += (self.rows * w) as u64;
    }

    /// Solves from the current basis by the dual simplex method, within `max_pivots` pivots
    /// and until [`Lp::work`] passes `max_work`.
    pub fn solve(&mut self, max_pivots: usize, max_work: u64) -> LpStatus {
        let w = self.width();
        if self.lo.iter().zip(&self.hi).any(|(lo, hi)| lo > hi) {
            return LpStatus::Infeasible;
        }
        self.place();
        let mut pivots = 0;
        loop {
            // The basic variable furthest outside its bounds leaves.
            let mut leave = None;
            let mut worst = PRIMAL_TOL;
            for r in 0..self.rows {
                let v = self.basic[r];
                let x = self.x[v];
                let scale = 1.0 + x.abs();
                let below = (self.lo[v] - x) / scale;
                let above = (x - self.hi[v]) / scale;
                if below > worst {
                    worst = below;
                    leave = Some((r, false));
                } else if above > worst {
                    worst = above;
                    leave = Some((r, true));
                }
            }
            let Some((r, above)) = leave else {
                return LpStatus::Optimal;
            };
            if pivots >= max_pivots || self.work > max_work {
                return LpStatus::Unknown;
            }
            // Ratio test: the entering column keeps every reduced cost on its side.
            let row = &self.t[r * w..(r + 1) * w];
            let mut enter: Option<(usize, f64, f64)> = None; // (j, ratio, |alpha|)
            for (j, &alpha) in row.iter().enumerate() {
                if self.row_of[j] != usize::MAX || alpha.abs() <= PIVOT_TOL {
                    continue;
                }
                if self.hi[j] <= self.lo[j] {
                    continue; // fixed
                }
                // x_leave = -Σ alpha_j x_j: a column at its lower bound can rise, one at its
                // upper bound can fall; it helps when that moves x_leave the right way.
                let rises = !self.at_hi[j];
                let raises_leave = rises == (alpha < 0.0);
                if raises_leave == above {
                    continue;
                }
                let ratio = self.d[j].abs() / alpha.abs();
                let better = match enter {
                    None => true,
                    Some((_, br, ba)) => {
                        ratio < br - 1e-12 || (ratio <= br + 1e-12 && alpha.abs() > ba)
                    }
                };
                if better {
                    enter = Some((j, ratio, alpha.abs()));
                }
            }
            let Some((q, _, _)) = enter else {
                // No column can move this row's variable into its bounds.
                return if self.infeasible_row(r) {
                    LpStatus::Infeasible
                } else {
                    LpStatus::Unknown
                };
            };
            let leaving = self.basic[r];
            // The leaving variable goes to the bound it violated; the entering one moves by
            // theta, and the other basic variables along its column (x_B = −T_N x_N).
            let target = if above {
                self.hi[leaving]
            } else {
                self.lo[leaving]
            };
            let theta = (self.x[leaving] - target) / self.t[r * w + q];
            for i in 0..self.rows {
                if i != r {
                    let v = self.basic[i];
                    self.x[v] -= self.t[i * w + q] * theta;
                }
            }
            self.x[q] += theta;
            self.pivot(r, q);
            self.at_hi[leaving] = above;
            self.x[leaving] = target;
            pivots += 1;
            self.pivots += 1;
            // Rebuilding costs as much as `rows` pivots: not more often than that.
            if self.pivots >= REFACTOR_EVERY.max(self.rows) {
                self.refactor();
                self.place();
            }
        }
    }

    fn pivot(&mut self, r: usize, q: usize) {
        let w = self.width();
        let p = self.t[r * w + q];
        for j in 0..w {
            self.t[r * w + j] /= p;
        }
        let (before, rest) = self.t.split_at_mut(r * w);
        let (prow, after) = rest.split_at_mut(w);
        for other in before.chunks_exact_mut(w).chain(after.chunks_exact_mut(w)) {
            let f = other[q];
            if f != 0.0 {
                for (o, &pj) in other.iter_mut().zip(prow.iter()) {
                    *o -= f * pj;
                }
                other[q] = 0.0;
            }
        }
        let dq = self.d[q];
        if dq != 0.0 {
            for (dj, &pj) in self.d.iter_mut().zip(prow.iter()) {
                *dj -= dq * pj;
            }
        }
        self.d[q] = 0.0;
        self.row_of[self.basic[r]] = usize::MAX;
        self.basic[r] = q;
        self.row_of[q] = r;
        self.work += (self.rows * w) as u64;
    }

    /// Row `r` of the tableau is `Σ_k u_k (A_k x − s_k) = 0` with `u = −(slack part)`. Checks
    /// on the original matrix that no point within the bounds satisfies it.
    fn infeasible_row(&self, r: usize) -> bool {
        let w = self.width();
        let u: Vec<f64> = (0..self.rows)
            .map(|k| -self.t[r * w + self.cols + k])
            .collect();
        let (mut lo, mut hi, mut mag) = (0.0f64, 0.0f64, 0.0f64);
        // Coefficients this small are what is left of exact zeros after rounding.
        let a_max = self.a.iter().fold(1.0f64, |m, v| m.max(v.abs()));
        let tiny = 1e-11 * a_max * u.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let mut add = |g: f64, a: f64, b: f64| {
            if g.abs() <= tiny {
                return;
            }
            let (p, q) = (g * a, g * b);
            lo += p.min(q);
            hi += p.max(q);
            for v in [p, q] {
                if v.is_finite() {
                    mag = mag.max(v.abs());
                }
            }
        };
        for j in 0..self.cols {
            let g: f64 = (0..self.rows)
                .map(|k| u[k] * self.a[k * self.cols + j])
                .sum();
            add(g, self.lo[j], self.hi[j]);
        }
        for (k, uk) in u.iter().enumerate() {
            add(-uk, self.lo[self.cols + k], self.hi[self.cols + k]);
        }
        let tol = 1e-9 * (1.0 + mag);
        lo > tol || hi < -tol
    }

    /// An upper bound on `c·x` over the current bounds, valid whatever the tableau's state:
    /// the Lagrangian with the rows' duals from the last solve, on the original matrix.
    pub fn safe_bound(&self) -> f64 {
        let mut y: Vec<f64> = (0..self.rows).map(|r| self.d[self.cols + r]).collect();
        let mut total = 0.0;
        for (r, yr) in y.iter_mut().enumerate() {
            let (lo, hi) = (self.lo[self.cols + r], self.hi[self.cols + r]);
            // max over s in [lo, hi] of y s: an infinite side needs the other sign.
            if (*yr > 0.0 && !hi.is_finite()) || (*yr < 0.0 && !lo.is_finite()) {
                *yr = 0.0;
            }
            if *yr > 0.0 {
                total += *yr * hi;
            } else if *yr < 0.0 {
                total += *yr * lo;
            }
        }
        for j in 0..self.cols {
            let mut dj = self.c[j];
            for (r, yr) in y.iter().enumerate() {
                dj -= yr * self.a[r * self.cols + j];
            }
            total += (dj * self.lo[j]).max(dj * self.hi[j]);
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::split::testgen::unit_random;

    const INF: f64 = f64::INFINITY;

    #[test]
    fn solves_a_textbook_problem() {
        // max 3x + 2y, x + y <= 4, x + 3y <= 6, 0 <= x <= 3, 0 <= y <= 10: x = 3, y = 1.
        let mut lp = Lp::new(
            vec![1.0, 1.0, 1.0, 3.0],
            vec![3.0, 2.0],
            &[0.0, 0.0],
            &[3.0, 10.0],
            &[-INF, -INF],
            &[4.0, 6.0],
        );
        assert_eq!(lp.solve(100, u64::MAX), LpStatus::Optimal);
        assert!((lp.x(0) - 3.0).abs() < 1e-9 && (lp.x(1) - 1.0).abs() < 1e-9);
        assert!((lp.objective() - 11.0).abs() < 1e-9);
        assert!((lp.safe_bound() - 11.0).abs() < 1e-9);
        // From the same basis, with x <= 1: y = 5/3 by the second row, value 19/3.
        lp.set_bounds(0, 0.0, 1.0);
        assert_eq!(lp.solve(100, u64::MAX), LpStatus::Optimal);
        assert!(
            (lp.objective() - 19.0 / 3.0).abs() < 1e-9,
            "{}",
            lp.objective()
        );
        assert!((lp.safe_bound() - 19.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn reports_infeasible_rows_with_a_certificate() {
        // x + y >= 5 with x, y in [0, 2].
        let mut lp = Lp::new(
            vec![1.0, 1.0],
            vec![1.0, 1.0],
            &[0.0, 0.0],
            &[2.0, 2.0],
            &[5.0],
            &[INF],
        );
        assert_eq!(lp.solve(100, u64::MAX), LpStatus::Infeasible);
        // Loosening a bound makes it feasible again from the same basis.
        lp.set_bounds(1, 0.0, 4.0);
        assert_eq!(lp.solve(100, u64::MAX), LpStatus::Optimal);
        assert!((lp.objective() - 6.0).abs() < 1e-9);
    }

    /// Random small problems against enumeration of the vertices' worth: the optimum of a
    /// box-constrained LP with one row is found by the fractional knapsack.
    #[test]
    fn matches_the_fractional_knapsack() {
        let mut rnd = unit_random(7);
        for _ in 0..300 {
            let n = 2 + (rnd() * 12.0) as usize;
            let w: Vec<f64> = (0..n).map(|_| 0.05 + rnd()).collect();
            let v: Vec<f64> = (0..n).map(|_| rnd()).collect();
            let ub: Vec<f64> = (0..n).map(|_| 1.0 + (rnd() * 3.0).floor()).collect();
            let cap = rnd() * w.iter().zip(&ub).map(|(a, b)| a * b).sum::<f64>();
            let mut lp = Lp::new(w.clone(), v.clone(), &vec![0.0; n], &ub, &[-INF], &[cap]);
            assert_eq!(lp.solve(1000, u64::MAX), LpStatus::Optimal);
            let mut order: Vec<usize> = (0..n).collect();
            order.sort_by(|&a, &b| (v[b] / w[b]).total_cmp(&(v[a] / w[a])));
            let (mut room, mut best) = (cap, 0.0);
            for i in order {
                let take = (w[i] * ub[i]).min(room);
                best += take / w[i] * v[i];
                room -= take;
            }
            assert!(
                (lp.objective() - best).abs() < 1e-7,
                "{} vs {}",
                lp.objective(),
                best
            );
            assert!(lp.safe_bound() >= best - 1e-7 && lp.safe_bound() <= best + 1e-6);
        }
    }
}
