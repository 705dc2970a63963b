//! The CLDR plural rules that leptos_i18n uses to pick `_one`, `_few`, `_many` or `_other`.

use icu_locale::Locale;
use icu_plurals::{PluralRuleType, PluralRules, PluralRulesOptions};
use icu_provider::DataError;
use leptos_i18n::custom_provider::{set_icu_data_provider, IcuDataProvider};

/// Plural rules from the data compiled into the binary: no fetch, every locale at hand.
struct CompiledPlurals;

impl IcuDataProvider for CompiledPlurals {
    fn try_new_plural_rules(
        &self,
        locale: &Locale,
        rule_type: PluralRuleType,
    ) -> Result<PluralRules, DataError> {
        PluralRules::try_new(
            locale.into(),
            PluralRulesOptions::default().with_type(rule_type),
        )
    }
}

/// Gives leptos_i18n its plural rules; must run before the first count is shown.
pub fn install() {
    set_icu_data_provider(CompiledPlurals);
}
