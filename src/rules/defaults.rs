//! The default rule pack and catalog, compiled into the binary from the
//! repository's `rules/` folder. Add a file here when you add one there.

/// `(name shown in diagnostics, contents)` of every default YAML file.
pub const FILES: &[(&str, &str)] = &[
    ("rules/names.yaml", include_str!("../../rules/names.yaml")),
    (
        "rules/meetings.yaml",
        include_str!("../../rules/meetings.yaml"),
    ),
    ("rules/roles.yaml", include_str!("../../rules/roles.yaml")),
    ("rules/dates.yaml", include_str!("../../rules/dates.yaml")),
    (
        "rules/furniture.yaml",
        include_str!("../../rules/furniture.yaml"),
    ),
    (
        "rules/catalog/titles.yaml",
        include_str!("../../rules/catalog/titles.yaml"),
    ),
    (
        "rules/catalog/people.yaml",
        include_str!("../../rules/catalog/people.yaml"),
    ),
    (
        "rules/catalog/places.yaml",
        include_str!("../../rules/catalog/places.yaml"),
    ),
    (
        "rules/catalog/orgs.yaml",
        include_str!("../../rules/catalog/orgs.yaml"),
    ),
    (
        "rules/catalog/holidays.yaml",
        include_str!("../../rules/catalog/holidays.yaml"),
    ),
    (
        "rules/catalog/outlets.yaml",
        include_str!("../../rules/catalog/outlets.yaml"),
    ),
];
