//! JSON input: an array of objects, an object holding such an array, one object, or JSON
//! Lines. One broken element costs only itself; line numbers are physical lines.

use std::collections::HashMap;

use super::super::roster::{InputFormat, Problem, ProblemKind, Roster};
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

/// JSON: an array of objects, an object holding such an array, one object, or JSON Lines.
pub(super) fn read_json(text: &str, options: &ReadOptions) -> Roster {
    use serde_json::value::RawValue;
    let mut problems = Vec::new();
    let mut objects: Vec<(u64, serde_json::Map<String, serde_json::Value>)> = Vec::new();
    let mut lines = LineCounter::new(text);
    let offset_of = |raw: &RawValue| raw.get().as_ptr() as usize - text.as_ptr() as usize;
    let mut push_items =
        |items: Vec<&RawValue>, objects: &mut Vec<_>, problems: &mut Vec<Problem>| {
            for raw in items {
                let line = lines.line_at(offset_of(raw));
                push_object(line, raw.get(), objects, problems);
            }
        };
    let format;
    if text.trim_start().starts_with('[') {
        format = InputFormat::Json;
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(items) => push_items(items, &mut objects, &mut problems),
            // One broken element must not cost the others: read them one by one.
            Err(e) => {
                let (elements, complete) = array_elements(text);
                for element in elements {
                    let offset = element.as_ptr() as usize - text.as_ptr() as usize;
                    push_object(lines.line_at(offset), element, &mut objects, &mut problems);
                }
                if !complete {
                    problems.push(Problem {
                        line: e.line() as u64,
                        column: None,
                        text: excerpt(text, e.line()),
                        kind: ProblemKind::Json {
                            message: e.to_string(),
                        },
                    });
                }
            }
        }
    } else if let Ok(map) =
        serde_json::from_str::<std::collections::BTreeMap<String, &RawValue>>(text)
    {
        format = InputFormat::Json;
        // An object holding the creators (`{"creators": [...]}`): its longest array that
        // holds objects. Otherwise the object is one creator.
        let items = map
            .values()
            .filter_map(|raw| serde_json::from_str::<Vec<&RawValue>>(raw.get()).ok())
            .filter(|items| items.iter().any(|i| i.get().starts_with('{')))
            .max_by_key(Vec::len);
        match items {
            Some(items) => push_items(items, &mut objects, &mut problems),
            None => push_object(1, text, &mut objects, &mut problems),
        }
    } else {
        format = InputFormat::JsonLines;
        for (i, line) in text.split('\n').enumerate() {
            if !line.trim().is_empty() {
                push_object(i as u64 + 1, line, &mut objects, &mut problems);
            }
        }
    }
    // Headers: keys in order of first appearance.
    let mut headers: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (_, o) in &objects {
        for k in o.keys() {
            if !index.contains_key(k) {
                index.insert(k.clone(), headers.len());
                headers.push(k.clone());
            }
        }
    }
    let rows: Vec<(u64, Vec<Option<OwnedCell>>)> = objects
        .into_iter()
        .map(|(line, o)| {
            let mut cells = vec![None; headers.len()];
            for (k, v) in o {
                let cell = match v {
                    serde_json::Value::Null => None,
                    serde_json::Value::Number(n) => {
                        n.as_f64().map(|f| OwnedCell::Number(f, n.to_string()))
                    }
                    serde_json::Value::String(s) => Some(OwnedCell::Text(s)),
                    other => Some(OwnedCell::Text(other.to_string())),
                };
                cells[index[&k]] = cell;
            }
            (line, cells)
        })
        .collect();
    let sample: Sample = rows
        .iter()
        .take(SAMPLE_ROWS)
        .map(|(_, cells)| {
            cells
                .iter()
                .map(|c| {
                    c.as_ref()
                        .map_or(String::new(), |c| c.as_cell().text().trim().to_string())
                })
                .collect()
        })
        .collect();
    let mut rb = RosterBuilder::new(format, headers, &sample, options);
    rb.problems.extend(problems);
    rb.reserve(rows.len());
    for (line, cells) in &rows {
        rb.push_row(*line, cells.as_slice());
    }
    rb.finish()
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

fn push_object(
    line: u64,
    text: &str,
    objects: &mut Vec<(u64, serde_json::Map<String, serde_json::Value>)>,
    problems: &mut Vec<Problem>,
) {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(o)) => objects.push((line, o)),
        Ok(_) => problems.push(Problem {
            line,
            column: None,
            text: cut(text),
            kind: ProblemKind::Json {
                message: "not an object with named fields".to_string(),
            },
        }),
        Err(e) => problems.push(Problem {
            line: line + e.line() as u64 - 1,
            column: None,
            text: cut(text),
            kind: ProblemKind::Json {
                message: e.to_string(),
            },
        }),
    }
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
