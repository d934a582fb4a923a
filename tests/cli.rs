//! The `tierwise` command line, run as a user would.

use std::io::Write;
use std::process::{Command, Stdio};

fn tierwise(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tierwise"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tierwise");
    if let Some(input) = stdin {
        // The tool may exit before reading (bad arguments): a closed pipe is fine here.
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes());
    } else {
        // Closing stdin at once: the tool sees an empty input.
        let _ = child.stdin.take();
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn analyze_prints_one_json_record_per_creator() {
    let (code, out, err) = tierwise(&["analyze", "tests/fixtures/broken.csv"], None);
    assert_eq!(code, 0, "{err}");
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(records.len(), 11);
    for key in [
        "handle",
        "platform",
        "followers",
        "tier",
        "er_followers_pct",
        "flags",
    ] {
        assert!(records[0].get(key).is_some(), "missing {key}");
    }
    assert!(err.contains("Line 7, column “followers”: “12,x5”"), "{err}");
    assert!(err.contains("Line 10:"), "{err}");
}

#[test]
fn scheme_and_platform_options_and_stdin() {
    let input = "handle,followers,likes,comments,views\na,50000,900,40,20000\n";
    let (code, out, _) = tierwise(
        &[
            "analyze",
            "-",
            "--scheme",
            "hypeauditor",
            "--platform",
            "tiktok",
        ],
        Some(input),
    );
    assert_eq!(code, 0);
    let r: serde_json::Value = serde_json::from_str(out.trim()).expect("json");
    assert_eq!(r["tier"], "mid");
    assert_eq!(r["platform"], "tiktok");
    assert_eq!(r["er_followers_pct"], 1.88);
    assert_eq!(r["er_views_pct"], 4.7);
}

#[test]
fn csv_output_has_a_header_and_a_row_per_creator() {
    let (code, out, _) = tierwise(
        &[
            "analyze",
            "tests/fixtures/sheets_copy.tsv",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(code, 0);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let headers = rdr.headers().expect("headers").clone();
    assert!(headers.iter().any(|h| h == "tier"));
    assert_eq!(rdr.records().count(), 12);
}

#[test]
fn exit_status_is_non_zero_only_when_nothing_is_read() {
    let (code, _, err) = tierwise(&["analyze", "-"], Some("handle,followers\n"));
    assert_eq!(code, 1, "{err}");
    let (code, _, _) = tierwise(&["analyze", "tests/fixtures/no-such-file.csv"], None);
    assert_eq!(code, 1);
    let (code, _, _) = tierwise(&["analyze", "-", "--scheme", "nope"], Some("a"));
    assert_eq!(code, 2);
    let (code, _, _) = tierwise(&[], None);
    assert_eq!(code, 2);
}
