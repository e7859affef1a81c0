//! The gazetteer and place containment: how many places it holds, and 50
//! containment pairs across continents, each name resolved as an article
//! would write it.

use crosscheck::rules::Pack;
use crosscheck::rules::places::{PlaceId, PlaceMatch};

fn resolve(pack: &Pack, name: &str) -> PlaceId {
    match pack.catalog.place(name) {
        PlaceMatch::Known(id, _) => id,
        other => panic!("`{name}` does not resolve: {other:?}"),
    }
}

/// (inner, outer): the first lies inside the second.
const INSIDE: &[(&str, &str)] = &[
    // North America
    ("Fairbanks", "Alaska"),
    ("Alaska", "United States"),
    ("Fairbanks", "United States"),
    ("Anchorage", "Alaska"),
    ("Springfield, Illinois", "Illinois"),
    ("Houston", "Texas"),
    ("Miami", "Florida"),
    ("Sacramento", "California"),
    ("Toronto", "Canada"),
    ("Vancouver, British Columbia", "Canada"),
    ("Guadalajara", "Mexico"),
    ("Havana", "Cuba"),
    ("Portland", "Oregon"),
    ("Cheyenne", "Wyoming"),
    ("Atlanta, Georgia", "Georgia, United States"),
    ("Brooklyn", "New York City"),
    ("Buffalo", "New York State"),
    ("Montreal", "Quebec"),
    // South America
    ("Sao Paulo", "Brazil"),
    ("Rio de Janeiro", "Brazil"),
    ("Buenos Aires", "Argentina"),
    ("Lima", "Peru"),
    ("Bogota", "Colombia"),
    ("Santiago, Chile", "Chile"),
    // Europe
    ("Kyiv", "Ukraine"),
    ("Kharkiv", "Ukraine"),
    ("Lviv", "Ukraine"),
    ("Munich", "Bavaria"),
    ("Munich", "Germany"),
    ("Lyon", "France"),
    ("Marseille", "France"),
    ("Barcelona", "Spain"),
    ("Milan", "Italy"),
    ("Krakow", "Poland"),
    ("Edinburgh", "Scotland"),
    ("Edinburgh", "United Kingdom"),
    ("Tallinn", "Estonia"),
    ("Stavanger", "Norway"),
    ("Chisinau", "Moldova"),
    ("Saint Petersburg", "Russia"),
    // Asia
    ("Kuala Lumpur", "Malaysia"),
    ("Osaka", "Japan"),
    ("Shanghai", "China"),
    ("Mumbai", "India"),
    ("Karachi", "Pakistan"),
    ("Jakarta", "Indonesia"),
    ("Hanoi", "Vietnam"),
    ("Doha", "Qatar"),
    ("Riyadh", "Saudi Arabia"),
    ("Tehran", "Iran"),
    // Africa
    ("Nairobi", "Kenya"),
    ("Lagos", "Nigeria"),
    ("Cairo", "Egypt"),
    ("Johannesburg", "South Africa"),
    ("Addis Ababa", "Ethiopia"),
    // Oceania
    ("Sydney", "New South Wales"),
    ("Sydney", "Australia"),
    ("Auckland", "New Zealand"),
];

/// (a, b): neither contains the other.
const APART: &[(&str, &str)] = &[
    ("Anchorage", "Fairbanks"),
    ("Kuala Lumpur", "Indonesia"),
    ("Lyon", "Germany"),
    ("Toronto", "United States"),
    ("Kyiv", "Russia"),
    ("Portland, Maine", "Portland, Oregon"),
    ("Lagos", "Lisbon"),
];

#[test]
fn gazetteer_size() {
    assert!(
        crosscheck::geo::len() >= 30_000,
        "{} places",
        crosscheck::geo::len()
    );
}

#[test]
fn containment_across_continents() {
    let pack = Pack::defaults().expect("defaults");
    let ix = pack.catalog.places_index();
    assert!(INSIDE.len() >= 50);
    let mut wrong = Vec::new();
    for (inner, outer) in INSIDE {
        let (PlaceMatch::Known(i, _), PlaceMatch::Known(o, _)) =
            (pack.catalog.place(inner), pack.catalog.place(outer))
        else {
            wrong.push(format!(
                "{inner}: {:?}, {outer}: {:?}",
                pack.catalog.place(inner),
                pack.catalog.place(outer)
            ));
            continue;
        };
        if !ix.within(i, o) {
            wrong.push(format!(
                "{inner} ({}) not inside {outer} ({})",
                ix.describe(i),
                ix.describe(o)
            ));
        }
    }
    for (a, b) in APART {
        let (x, y) = (resolve(&pack, a), resolve(&pack, b));
        assert_ne!(x, y, "{a} / {b}");
        if ix.within(x, y) || ix.within(y, x) {
            wrong.push(format!("{a} and {b} nest"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn ambiguous_and_unknown_places_resolve_to_nothing() {
    let pack = Pack::defaults().expect("defaults");
    // several mid-sized towns share the name
    assert!(matches!(
        pack.catalog.place("Springfield"),
        PlaceMatch::Ambiguous(_)
    ));
    assert_eq!(pack.catalog.place("Qzxville"), PlaceMatch::Unknown);
    // a country wins over towns that share its name
    let ix = pack.catalog.places_index();
    assert_eq!(ix.name(resolve(&pack, "Lebanon")), "Lebanon");
    assert!(ix.within(resolve(&pack, "Beirut"), resolve(&pack, "Lebanon")));
    // the capital wins over a state of the same name
    assert!(ix.is_city_level(resolve(&pack, "Washington")));
}

/// DESIGN: a place name that names a person in the same sentence is not
/// taken for the place ("Lima" the surname, not the capital).
#[test]
fn a_name_that_is_a_person_in_the_sentence_is_no_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = "---\nsource: Test Wire\npublished: 2026-03-02\n---\n\n\
        Governor Ana Lima met Mayor Tomas Reyes in Lima on Monday to discuss the budget for the coming year and the repair of the roads.\n\n\
        Governor Ana Lima met Mayor Tomas Reyes in Cusco, Peru, on Tuesday, and the two said they would meet again in the spring.\n";
    std::fs::write(dir.path().join("a.md"), body).expect("write");
    let rows = crate::util::meeting_claims(&[dir.path().to_str().expect("utf-8 path")]);
    let places: Vec<String> = rows.iter().map(|r| r.get("place")).collect();
    assert_eq!(
        places,
        vec!["".to_string(), "Cusco".to_string()],
        "{places:?}"
    );
}

/// A city the gazetteer keeps directly under its country (the country's
/// cities are not sorted into regions) and a region of that country: the
/// gazetteer cannot tell whether they nest, so they never conflict.
#[test]
fn unknown_nesting_is_no_conflict() {
    let pack = Pack::defaults().expect("defaults");
    let ix = pack.catalog.places_index();
    let (lahore, punjab) = (resolve(&pack, "Lahore"), resolve(&pack, "Punjab, Pakistan"));
    assert!(!ix.within(lahore, punjab));
    assert!(ix.nesting_unknown(lahore, punjab));
    // two cities of one country are apart, however flat
    let karachi = resolve(&pack, "Karachi");
    assert!(!ix.nesting_unknown(lahore, karachi));
    // a state's city and another state: known apart
    assert!(!ix.nesting_unknown(resolve(&pack, "Portland, Oregon"), resolve(&pack, "Maine")));
}
