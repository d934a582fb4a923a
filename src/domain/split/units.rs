//! How plan figures are written when serialised: cents as amounts of money, spend per tier
//! or platform as a map keyed by id, the strategy by its id (each reads back exactly what
//! it writes: the engine worker sends plans so); and, for the plan report only, figures
//! without the noise of binary floating point ([`tidy`], [`figure`]).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A figure rounded to 15 significant digits, all a double holds for sure: `30599.999…96`
/// is written 30600.
pub fn tidy(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    format!("{x:.14e}").parse().unwrap_or(x)
}

/// Cents written as an amount of money (`125050` as `1250.5`), read back to the cent.
pub mod money {
    use super::*;

    /// Writes cents as money.
    pub fn serialize<S: Serializer>(cents: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(*cents as f64 / 100.0)
    }

    /// Reads money back to cents (negative amounts as 0).
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        let amount = f64::deserialize(d)?;
        Ok((amount * 100.0).round().max(0.0) as u64)
    }
}

/// A figure written without float noise (see [`tidy`]).
pub mod figure {
    use super::*;

    /// Writes the figure tidied.
    pub fn serialize<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(tidy(*x))
    }

    /// Reads a figure.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        f64::deserialize(d)
    }
}

/// An optional figure written without float noise (see [`tidy`]).
pub mod figure_opt {
    use super::*;

    /// Writes the figure tidied, or null.
    pub fn serialize<S: Serializer>(x: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        x.map(tidy).serialize(s)
    }

    /// Reads a figure or null.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        Option::<f64>::deserialize(d)
    }
}

/// Spend per key (a tier, a platform) in cents, written as a map from the key's id to money
/// in the list's order, read back in the order written.
pub mod spend_map {
    use super::*;
    use serde::de::{MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use std::marker::PhantomData;

    /// Writes `(key, cents)` pairs as a map to money.
    pub fn serialize<K: Serialize, S: Serializer>(
        pairs: &[(K, u64)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(pairs.len()))?;
        for (k, cents) in pairs {
            map.serialize_entry(k, &(*cents as f64 / 100.0))?;
        }
        map.end()
    }

    struct Pairs<K>(PhantomData<K>);

    impl<'de, K: Deserialize<'de>> Visitor<'de> for Pairs<K> {
        type Value = Vec<(K, u64)>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map of ids to amounts")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some((k, amount)) = a.next_entry::<K, f64>()? {
                out.push((k, (amount * 100.0).round().max(0.0) as u64));
            }
            Ok(out)
        }
    }

    /// Reads the map back to `(key, cents)` pairs.
    pub fn deserialize<'de, K: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<(K, u64)>, D::Error> {
        d.deserialize_map(Pairs(PhantomData))
    }
}

/// A strategy written as its id (`tier-mix`, as the CLI's `--strategy` takes it).
pub mod strategy_id {
    use super::*;
    use crate::domain::split::Strategy;

    /// Writes the strategy's id.
    pub fn serialize<S: Serializer>(k: &Strategy, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(k.id())
    }

    /// Reads a strategy from its id.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Strategy, D::Error> {
        let id = String::deserialize(d)?;
        Strategy::from_id(&id)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown strategy {id:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tier::Tier;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Written {
        #[serde(with = "money")]
        spend: u64,
        #[serde(with = "figure")]
        reach: f64,
        #[serde(with = "spend_map")]
        by_tier: Vec<(Tier, u64)>,
    }

    #[test]
    fn cents_are_money_and_figures_lose_only_their_noise() {
        let w = Written {
            spend: 125_050,
            reach: 30_599.999_999_999_996,
            by_tier: vec![(Tier::Nano, 9_999), (Tier::Micro, 100_001)],
        };
        let text = serde_json::to_string(&w).expect("written");
        assert_eq!(
            text,
            r#"{"spend":1250.5,"reach":30600.0,"by_tier":{"nano":99.99,"micro":1000.01}}"#
        );
        let back: Written = serde_json::from_str(&text).expect("read back");
        assert_eq!(back.spend, w.spend);
        assert_eq!(back.by_tier, w.by_tier);
        assert_eq!(tidy(0.1 + 0.2), 0.3);
        assert_eq!(tidy(123_456_789.123_456_7), 123_456_789.123_457);
    }
}
