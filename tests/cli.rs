//! CLI transcripts: each `tests/cmd/*.toml` runs the binary and pins its
//! exit code, standard output and standard error.

#[test]
fn transcripts() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
