//! Which view is shown, kept in the page's query string (`?tab=editor&offer=…`) so that a
//! reload or a shared link opens the same view, on any static host and under any sub-path.

use crate::domain::OfferId;

/// The views of the app: the three tabs, and the Guide (opened from the header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The offer form.
    Editor,
    /// The publishing steps of one offer.
    Status,
    /// Every offer with its state.
    #[default]
    Offers,
    /// The whole flow explained on one page; not in the tab list but in the header.
    Guide,
    /// The lessons, each with a goal on an offer of its own; in the header like the Guide.
    Lessons,
}

impl Tab {
    /// The tabs of the tab list, in the order they are shown.
    pub const ALL: [Tab; 3] = [Tab::Editor, Tab::Status, Tab::Offers];

    /// The view's name in the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Editor => "editor",
            Tab::Status => "status",
            Tab::Offers => "offers",
            Tab::Guide => "guide",
            Tab::Lessons => "lessons",
        }
    }

    /// The view with this URL name, if any.
    pub fn from_slug(slug: &str) -> Option<Tab> {
        Tab::ALL
            .into_iter()
            .chain([Tab::Guide, Tab::Lessons])
            .find(|tab| tab.slug() == slug)
    }
}

/// The view a URL names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// The tab shown.
    pub tab: Tab,
    /// The offer open in the Editor and Status tabs.
    pub offer: Option<OfferId>,
}

impl Route {
    /// Reads a query string (with or without its leading `?`); unknown or malformed parts
    /// fall back to the default view rather than failing.
    pub fn parse(query: &str) -> Route {
        let mut route = Route::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match name {
                "tab" => route.tab = Tab::from_slug(&value).unwrap_or_default(),
                "offer" if is_offer_id(&value) => route.offer = Some(OfferId(value)),
                _ => {}
            }
        }
        route
    }

    /// The query string for this view, with its leading `?`.
    pub fn to_query(&self) -> String {
        match &self.offer {
            Some(offer) => format!("?tab={}&offer={}", self.tab.slug(), offer.as_str()),
            None => format!("?tab={}", self.tab.slug()),
        }
    }
}

/// Demo mode, asked for in the query (`?demo`, `?demo&loop`): kept beside the route rather
/// than in it, since it is chosen once when the page opens and never by moving between views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoMode {
    /// `&loop`: start over after Live, for a kiosk.
    pub looping: bool,
}

impl DemoMode {
    /// Demo mode if the query asks for it (a `demo` parameter, with or without a value).
    pub fn parse(query: &str) -> Option<DemoMode> {
        let names: Vec<&str> = query
            .trim_start_matches('?')
            .split('&')
            .map(|pair| pair.split_once('=').map_or(pair, |(name, _)| name))
            .collect();
        names.contains(&"demo").then(|| DemoMode {
            looping: names.contains(&"loop"),
        })
    }

    /// What a URL of the app in demo mode carries after its route (`&demo`, `&demo&loop`),
    /// so that a reload plays the demo again.
    pub fn query_suffix(mode: Option<DemoMode>) -> &'static str {
        match mode {
            None => "",
            Some(DemoMode { looping: false }) => "&demo",
            Some(DemoMode { looping: true }) => "&demo&loop",
        }
    }
}

/// Offer identities are made by the app from letters, digits and dashes; anything else in
/// a URL is ignored rather than trusted.
fn is_offer_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Percent-decoding of the few characters a hand-edited URL may carry.
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_names_its_tab_and_offer() {
        let route = Route::parse("?tab=editor&offer=o-1a2b");
        assert_eq!(route.tab, Tab::Editor);
        assert_eq!(route.offer, Some(OfferId("o-1a2b".into())));
    }

    #[test]
    fn a_route_round_trips_through_its_query() {
        let route = Route {
            tab: Tab::Status,
            offer: Some(OfferId("o-9".into())),
        };
        assert_eq!(Route::parse(&route.to_query()), route);
    }

    #[test]
    fn the_guide_has_its_own_url_and_keeps_the_open_offer() {
        assert_eq!(Route::parse("?tab=guide").tab, Tab::Guide);
        let route = Route {
            tab: Tab::Guide,
            offer: Some(OfferId("o-3".into())),
        };
        assert_eq!(route.to_query(), "?tab=guide&offer=o-3");
        assert_eq!(Route::parse(&route.to_query()), route);
        assert_eq!(Tab::from_slug("guide"), Some(Tab::Guide));
    }

    #[test]
    fn the_lessons_have_their_own_url_outside_the_tab_list() {
        assert_eq!(Route::parse("?tab=lessons").tab, Tab::Lessons);
        assert_eq!(Tab::from_slug("lessons"), Some(Tab::Lessons));
        assert!(!Tab::ALL.contains(&Tab::Lessons));
    }

    #[test]
    fn the_guide_is_not_one_of_the_tabs() {
        assert!(!Tab::ALL.contains(&Tab::Guide));
        for tab in Tab::ALL {
            assert_eq!(Tab::from_slug(tab.slug()), Some(tab));
        }
    }

    #[test]
    fn demo_mode_is_asked_for_by_a_demo_parameter_with_or_without_loop() {
        assert_eq!(DemoMode::parse("?demo"), Some(DemoMode { looping: false }));
        assert_eq!(
            DemoMode::parse("?demo&loop"),
            Some(DemoMode { looping: true })
        );
        assert_eq!(
            DemoMode::parse("?tab=status&demo=1&loop=yes"),
            Some(DemoMode { looping: true })
        );
        assert_eq!(DemoMode::parse("?tab=status"), None);
        assert_eq!(DemoMode::parse("?loop"), None);
        assert_eq!(DemoMode::parse("?demos"), None);
        assert_eq!(DemoMode::parse(""), None);
        // The route itself is read as usual beside it.
        assert_eq!(Route::parse("?demo&tab=editor").tab, Tab::Editor);
    }

    #[test]
    fn a_rewritten_url_keeps_demo_mode() {
        let route = Route {
            tab: Tab::Status,
            offer: Some(OfferId("o-1".into())),
        };
        for mode in [
            None,
            Some(DemoMode { looping: false }),
            Some(DemoMode { looping: true }),
        ] {
            let query = format!("{}{}", route.to_query(), DemoMode::query_suffix(mode));
            assert_eq!(DemoMode::parse(&query), mode, "{query}");
            assert_eq!(Route::parse(&query), route, "{query}");
        }
    }

    #[test]
    fn unknown_tabs_and_unsafe_offer_ids_fall_back_to_all_offers() {
        let route = Route::parse("?tab=%3Cscript%3E&offer=%3Cimg%20src%3Dx%3E");
        assert_eq!(route, Route::default());
        assert_eq!(Route::parse("").tab, Tab::Offers);
        assert_eq!(Route::parse("?tab=status%").tab, Tab::Offers);
    }
}
