//! JSON input: an array of objects, an object holding such an array, one object, or JSON
//! Lines. One broken element costs only itself; line numbers are physical lines.

use std::collections::HashMap;

use super::super::roster::{
    InputFormat, JsonError, JsonFault, Problem, ProblemKind, Roster, MAX_COLUMNS,
};
use super::builder::RosterBuilder;
use super::cells::{cut, OwnedCell};
use super::columns::{Sample, SAMPLE_ROWS};
use super::ReadOptions;

/// Turns increasing byte offsets into 1-based line numbers in one pass over the text.
struct LineCounter<'t> {
    text: &'t [u8],
    offset: usize,
    line: u64,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> u64 {
        // The csv reader may point at the end of the previous line's CRLF: skip to the
        // record's first byte.
        let mut end = offset.min(self.text.len());
        while end < self.text.len() && matches!(self.text[end], b'\r' | b'\n') {
            end += 1;
        }
        if end > self.offset {
            self.line += self.text[self.offset..end]
                .iter()
                .filter(|b| **b == b'\n')
                .count() as u64;
            self.offset = end;
        }
        self.line
    }
}

/// One element of the input: its line, its position among the elements (1-based) and its
/// text.
struct Item<'t> {
    line: u64,
    /// Its byte offset in the input (its column is worked out only for a problem).
    offset: usize,
    position: u64,
    text: &'t str,
}

/// JSON: an array of objects, an object holding such an array (at any depth: `{"items":
/// [...]}`, `{"data": {"videos": [...]}}`), one object, or JSON Lines. Nested objects are
/// flattened into dotted keys (`statistics.subscriberCount`). The objects are parsed twice,
/// once for their keys and once for their rows, so a big file is never all in memory as
/// parsed JSON.
pub(super) fn read_json(text: &str, options: &ReadOptions) -> Roster {
    let mut problems = Vec::new();
    let (format, items) = items(text, &mut problems);
    // Pass 1: the keys, in order of first appearance.
    let mut headers: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut sample: Sample = Vec::new();
    let mut good = Vec::with_capacity(items.len());
    let mut flat = Vec::new();
    for item in &items {
        match parse_object(text, item) {
            Ok(object) => {
                flat.clear();
                flatten("", object, 0, &mut flat);
                for (k, _) in &flat {
                    // Keys past the most columns a roster has are left out (and said).
                    if !index.contains_key(k) && headers.len() < MAX_COLUMNS {
                        index.insert(k.clone(), headers.len());
                        headers.push(k.clone());
                    }
                }
                if sample.len() < SAMPLE_ROWS {
                    let mut row = vec![String::new(); headers.len()];
                    for (k, v) in &flat {
                        if let Some(v) = v {
                            row[index[k]] = v.as_cell().text().trim().to_string();
                        }
                    }
                    sample.push(row);
                }
                good.push(true);
            }
            Err(p) => {
                problems.push(p);
                good.push(false);
            }
        }
    }
    for row in &mut sample {
        row.resize(headers.len(), String::new());
    }
    let mut rb = RosterBuilder::new(format, headers.clone(), &sample, options);
    if rb.stopped() {
        return rb.finish();
    }
    for p in problems {
        rb.problems.push(p);
    }
    rb.reserve(good.iter().filter(|g| **g).count());
    // Pass 2: the rows.
    let mut cells: Vec<Option<OwnedCell>> = Vec::new();
    for (item, _) in items.iter().zip(&good).filter(|(_, g)| **g) {
        let Ok(object) = parse_object(text, item) else {
            continue;
        };
        flat.clear();
        flatten("", object, 0, &mut flat);
        cells.clear();
        cells.resize(headers.len(), None);
        for (k, v) in flat.drain(..) {
            if let Some(&i) = index.get(&k) {
                cells[i] = v;
            }
        }
        rb.set_position(Some(item.position));
        rb.push_row(item.line, cells.as_slice());
    }
    rb.set_position(None);
    rb.finish()
}

/// The elements of the input, with the format they make up. A problem that costs the rest
/// of the text (an array cut short) goes to `problems`.
fn items<'t>(text: &'t str, problems: &mut Vec<Problem>) -> (InputFormat, Vec<Item<'t>>) {
    use serde_json::value::RawValue;
    let mut lines = LineCounter::new(text);
    let offset_of = |raw: &str| raw.as_ptr() as usize - text.as_ptr() as usize;
    let mut out = Vec::new();
    let mut push = |raw: &'t str, out: &mut Vec<Item<'t>>| {
        let offset = offset_of(raw);
        let line = lines.line_at(offset);
        let position = out.len() as u64 + 1;
        out.push(Item {
            line,
            offset,
            position,
            text: raw,
        });
    };
    if text.trim_start().starts_with('[') {
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(elements) => {
                for raw in elements {
                    push(raw.get(), &mut out);
                }
            }
            // One broken element must not cost the others: read them one by one.
            Err(e) => {
                let (elements, complete) = array_elements(text);
                for element in elements {
                    push(element, &mut out);
                }
                if !complete {
                    problems.push(Problem {
                        line: e.line() as u64,
                        column: None,
                        item: None,
                        text: excerpt(text, e.line()),
                        kind: ProblemKind::Json {
                            error: JsonError::from_serde(&e, e.line() as u64, e.column() as u64),
                        },
                    });
                }
            }
        }
        return (InputFormat::Json, out);
    }
    if let Ok(raw) = serde_json::from_str::<&RawValue>(text) {
        // An object holding the creators: its longest array of objects, at any depth (to
        // four levels). Otherwise the object is one creator.
        match longest_array(raw, 0) {
            Some(elements) => {
                for raw in elements {
                    push(raw.get(), &mut out);
                }
            }
            None => push(raw.get(), &mut out),
        }
        return (InputFormat::Json, out);
    }
    for line in text.split('\n') {
        if !line.trim().is_empty() {
            push(line, &mut out);
        }
    }
    (InputFormat::JsonLines, out)
}

/// The 1-based byte column of `offset` on its line.
fn column_at(text: &str, offset: usize) -> u64 {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    (offset - start) as u64 + 1
}

/// The longest array holding objects inside an object, searched to four levels.
fn longest_array(
    raw: &serde_json::value::RawValue,
    depth: usize,
) -> Option<Vec<&serde_json::value::RawValue>> {
    use serde_json::value::RawValue;
    if depth > 4 {
        return None;
    }
    let map =
        serde_json::from_str::<std::collections::BTreeMap<&str, &RawValue>>(raw.get()).ok()?;
    let mut best: Option<Vec<&RawValue>> = None;
    for v in map.values() {
        let found = match serde_json::from_str::<Vec<&RawValue>>(v.get()) {
            Ok(items) if items.iter().any(|i| i.get().starts_with('{')) => Some(items),
            Ok(_) => None,
            Err(_) => longest_array(v, depth + 1),
        };
        if let Some(items) = found {
            if best.as_ref().is_none_or(|b| items.len() > b.len()) {
                best = Some(items);
            }
        }
    }
    best
}

/// One element as a JSON object, or the problem it is.
fn parse_object(
    input: &str,
    item: &Item,
) -> Result<serde_json::Map<String, serde_json::Value>, Problem> {
    let problem = |error: JsonError| Problem {
        line: error.line,
        column: None,
        item: Some(item.position),
        text: cut(item.text),
        kind: ProblemKind::Json { error },
    };
    let item_column = || column_at(input, item.offset);
    match serde_json::from_str::<serde_json::Value>(item.text) {
        Ok(serde_json::Value::Object(o)) => Ok(o),
        Ok(_) => Err(problem(JsonError {
            fault: JsonFault::NotAnObject,
            line: item.line,
            column: item_column(),
        })),
        Err(e) => {
            // serde_json counts from the element's start: on its first line, add the
            // element's own column.
            let column = if e.line() <= 1 {
                item_column() + e.column() as u64 - 1
            } else {
                e.column() as u64
            };
            Err(problem(JsonError::from_serde(
                &e,
                item.line + e.line() as u64 - 1,
                column,
            )))
        }
    }
}

/// An object's values as cells under dotted keys: `{"stats": {"followers": 5}}` gives
/// `stats.followers`. Arrays stay whole, as their JSON text.
fn flatten(
    prefix: &str,
    object: serde_json::Map<String, serde_json::Value>,
    depth: usize,
    out: &mut Vec<(String, Option<OwnedCell>)>,
) {
    for (k, v) in object {
        let key = if prefix.is_empty() {
            k
        } else {
            format!("{prefix}.{k}")
        };
        let cell = match v {
            serde_json::Value::Null => None,
            serde_json::Value::Number(n) => n.as_f64().map(|f| OwnedCell::Number(f, n.to_string())),
            serde_json::Value::String(s) => Some(OwnedCell::Text(s)),
            serde_json::Value::Bool(b) => Some(OwnedCell::Text(b.to_string())),
            serde_json::Value::Object(o) if depth < 4 => {
                flatten(&key, o, depth + 1, out);
                continue;
            }
            other => Some(OwnedCell::Text(other.to_string())),
        };
        out.push((key, cell));
    }
}

/// The top-level elements of a JSON array, as text, found by matching brackets outside
/// strings; and whether the array was closed. Used only when the array as a whole does not
/// parse, so each element can be read (or reported) on its own.
fn array_elements(text: &str) -> (Vec<&str>, bool) {
    let bytes = text.as_bytes();
    let Some(open) = bytes.iter().position(|b| *b == b'[') else {
        return (Vec::new(), false);
    };
    let mut elements = Vec::new();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut start = open + 1;
    for (i, &b) in bytes.iter().enumerate().skip(open + 1) {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth > 0 => depth -= 1,
            b',' | b']' if depth == 0 => {
                let element = text[start..i].trim();
                if !element.is_empty() {
                    elements.push(element);
                }
                if b == b']' {
                    return (elements, true);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        elements.push(rest);
    }
    (elements, false)
}

fn excerpt(text: &str, line: usize) -> String {
    cut(text.lines().nth(line.saturating_sub(1)).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::read::tests_support::read;
    use crate::domain::Metric;

    #[test]
    fn json_array_and_lines() {
        let r = read("[{\"username\":\"a\",\"followers\":\"12.5K\"},\n 3,\n {\"username\":\"b\",\"followers\":900}]");
        assert_eq!(r.format, InputFormat::Json);
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.creators[0].get(Metric::Followers), Some(12_500.0));
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, 2);
        let r =
            read("{\"handle\":\"a\",\"followers\":5}\n{oops\n{\"handle\":\"b\",\"followers\":7}\n");
        assert_eq!(r.format, InputFormat::JsonLines);
        assert_eq!(r.creators.len(), 2);
        assert_eq!(r.problems[0].line, 2);
    }

    /// A syntax error is a typed fault at the line and column of the whole input, not
    /// serde_json's English text.
    #[test]
    fn a_json_syntax_error_reports_its_line_and_column() {
        use crate::domain::{JsonError, JsonFault};
        let json_errors = |r: &Roster| -> Vec<JsonError> {
            r.problems
                .iter()
                .filter_map(|p| match &p.kind {
                    ProblemKind::Json { error } => Some(*error),
                    _ => None,
                })
                .collect()
        };
        // JSON Lines: `{"handle": x}` fails at the `x`, column 12 of line 2.
        let r = read("{\"handle\":\"a\",\"followers\":5}\n{\"handle\": x}\n");
        let errors = json_errors(&r);
        assert_eq!(
            errors,
            vec![JsonError {
                fault: JsonFault::Syntax,
                line: 2,
                column: 12
            }],
            "{:?}",
            r.problems
        );
        // An array element on its own line, indented: the element's column counts.
        let r = read("[{\"handle\":\"a\"},\n   {\"handle\": 7 8}]");
        let errors = json_errors(&r);
        assert_eq!(errors.len(), 1, "{:?}", r.problems);
        assert_eq!((errors[0].line, errors[0].fault), (2, JsonFault::Syntax));
        assert!(errors[0].column > 4, "{errors:?}");
        // Not an object: its own column.
        let r = read("{\"handle\":\"a\"}\n3\n");
        assert_eq!(
            json_errors(&r),
            vec![JsonError {
                fault: JsonFault::NotAnObject,
                line: 2,
                column: 1
            }]
        );
    }

    #[test]
    fn json_numbers_can_be_handles_and_names() {
        let r = read("[{\"handle\":12345,\"followers\":100},{\"name\":2024,\"followers\":5}]");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let handles: Vec<&str> = r.creators.iter().map(|c| c.handle.as_str()).collect();
        assert_eq!(handles, vec!["12345", "2024"]);
    }

    #[test]
    fn json_wrappers_pick_the_creators_and_report_the_rest() {
        let r = read("{\"errors\":[],\"creators\":[{\"handle\":\"a\",\"followers\":1}]}");
        assert_eq!(r.creators.len(), 1);
        let r = read("{\n \"creators\": [\n  {\"handle\": \"a\", \"followers\": 1},\n  null,\n  {\"handle\": \"b\", \"followers\": \"x\"}\n ]\n}");
        assert_eq!(r.format, InputFormat::Json);
        assert_eq!(r.creators.len(), 2);
        let lines: Vec<u64> = r.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 5]);
        // One pretty-printed object is one creator.
        let r = read("{\n  \"handle\": \"solo\",\n  \"followers\": 5000\n}\n");
        assert_eq!(r.creators.len(), 1);
        assert!(r.problems.is_empty());
    }

    #[test]
    fn json_array_line_numbers_are_physical_lines() {
        let mut text = String::from("[\n");
        for i in 0..2000 {
            text.push_str(&format!("  {{\"handle\": \"c{i}\", \"followers\": 10}},\n"));
        }
        text.push_str("  {\"handle\": \"bad\", \"followers\": \"zz\"}\n]\n");
        let r = read(&text);
        assert_eq!(r.creators.len(), 2001);
        assert_eq!(r.problems[0].line, 2002);
    }

    #[test]
    fn a_broken_json_element_costs_only_itself() {
        let r = read("[\n {\"handle\":\"a\",\"followers\":1},\n {\"handle\":\"b\",\"followers\":2,},\n {\"handle\":\"c, \\\"the\\\" [best]\",\"followers\":3}\n]");
        let handles: Vec<&str> = r.creators.iter().map(|c| c.handle.as_str()).collect();
        assert_eq!(handles, vec!["a", "c, \"the\" [best]"]);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, 3);
        // An array that is cut short keeps what came before the cut.
        let r = read("[{\"handle\":\"a\",\"followers\":1},\n{\"handle\":\"b\"");
        assert_eq!(r.creators.len(), 1);
        assert!(!r.problems.is_empty());
    }
}
