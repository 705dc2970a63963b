#!/usr/bin/env python3
"""Check the translated locale files against the English source.

Checks, for every locale in LOCALES and every namespace in NAMESPACES:
  * the file parses as a JSON object and has exactly the English keys, in the same order;
    a plural key (`key_one`, `key_other`, ...) counts as one key `key`, written with exactly
    the CLDR plural categories of the locale (PLURAL_FORMS); a locale with a single category
    (Chinese) writes the plain `key` instead;
  * every value is a string whose set of {{ variables }} equals the English one (same count too;
    for plurals, compared with the English `_other` form);
  * common.step_1..step_7 equal the official step names (PRODUCT.md table, hard-coded below);
  * no value is identical to English unless it is whitelisted below as a pure token.
Exits 1 on any failure.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "locales"
LOCALES = ["fr", "pt-BR", "ru", "zh-Hans", "zh-Hant"]
NAMESPACES = [
    "common", "offers", "editor", "status", "inbox", "data", "guide", "scenario", "lessons",
    "demo",
]
VAR_RE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
PLURAL_RE = re.compile(r"^(.*)_(zero|one|two|few|many|other)$")
# The CLDR cardinal categories each locale needs for whole numbers (Intl.PluralRules); French
# and Portuguese "many" (millions) may be left to "other". None: one form, the plain key.
PLURAL_FORMS = {
    "en": ({"one", "other"}, set()),
    "fr": ({"one", "other"}, {"many"}),
    "pt-BR": ({"one", "other"}, {"many"}),
    "ru": ({"one", "few", "many", "other"}, set()),
    "zh-Hans": None,
    "zh-Hant": None,
}

# Official step names, copied from docs/PRODUCT.md "Official step names in the seed languages".
STEPS = {
    "ru": ["Проверка необходимых компонентов", "Сертификация", "Подготовка",
           "Создание пакета и регистрация для создания интересов",
           "Предложение доступно в режиме предварительного просмотра",
           "Утверждение издателя", "Опубликовано"],
    "zh-Hans": ["验证先决条件", "认证", "预配", "打包以及潜在顾客开发注册",
                "产品/服务以预览版形式提供", "发布者签收", "推出"],
    "zh-Hant": ["驗證必要元件", "認證", "佈建", "封裝和潛在客戶開發註冊",
                "供應項目可供預覽", "發行者登出", "上線"],
    "pt-BR": ["Validar os pré-requisitos", "Certificação", "Provisionamento",
              "Empacotamento e registro de geração de cliente potencial",
              "Oferta disponível em visualização", "Aprovação do publicador", "Ativa"],
    "fr": ["Valider les conditions préalables", "Certification", "Approvisionnement",
           "Empaquetage et référencement de génération de prospects",
           "Offre disponible en version préliminaire", "Validation de l'éditeur", "En direct"],
}

# Values allowed to stay identical to English, with the reason. Keyed by the English value;
# an entry applies to every locale unless restricted with a set of locales.
WHITELIST = {
    # pure tokens, product and brand names: allowed in every locale
    "golive": (None, "product name"),
    "Windows": (None, "OS brand name"),
    "Linux": (None, "OS brand name"),
    "LUN": (None, "technical token (logical unit number)"),
    "URL": (None, "technical token"),
    "VHD URL": (None, "technical tokens"),
    "SKU ID": (None, "technical tokens; Microsoft keeps 'SKU' and 'ID' in zh-Hans (seed 001 style)"),
    "SKUs": (None, "Microsoft keeps 'SKU' untranslated in every seed language"),
    "SKU {{ number }}": (None, "token SKU + variable"),
    "SKU {{ n }}": (None, "token SKU + variable"),
    "SKU {{ number }}: {{ id }}": (None, "token SKU + variables"),
    "Azure Table": (None, "lead destination name, kept untouched by the brief"),
    "Dynamics CRM Online": (None, "product name"),
    "Marketo": (None, "product name"),
    "Salesforce": (None, "product name"),
    "Test Drive": (None, "Microsoft marketplace feature name (lead source value)"),
    "{{ field }}: ": (None, "pure token: variable and colon"),
    "{{ place }} ({{ version }})": ({"fr", "pt-BR", "ru"}, "pure token: variables and brackets (a disk version's place and number)"),
    "{{ offer }} · {{ step }} · {{ time }}": (None, "pure token: variables and separators"),
    # brand kept in English by some seeds
    "Azure Marketplace": ({"ru", "pt-BR", "zh-Hant"}, "brand kept in English by the ru, pt-BR and zh-Hant seeds"),
    "Marketplace": ({"pt-BR", "ru", "zh-Hant"}, "editor section named after the brand, kept in English by these seeds"),
    # same word / same abbreviation in the target language
    "{{ value }} %": ({"fr", "pt-BR", "ru"}, "number and percent sign, spaced as the locale writes it"),
    "Editor": ({"pt-BR"}, "the pt-BR seed names the tab 'Editor' (same word in Portuguese)"),
    "Status": ({"pt-BR"}, "the pt-BR seed names the tab 'Status' (same word in Portuguese)"),
    "Email": ({"pt-BR"}, "'email' is the pt-BR word the seed uses ('endereço de email')"),
    "Link {{ number }}": ({"pt-BR"}, "'link' is the usual pt-BR UI word"),
    "Certification": ({"fr"}, "official French step name (same word)"),
    "Description": ({"fr"}, "same word in French"),
    "Support": ({"fr"}, "same word in French (seed: 'demande de support')"),
    "Actions": ({"fr"}, "same word in French"),
    "Logos": ({"fr"}, "same word in French"),
    "Version": ({"fr"}, "same word in French"),
    "Pause": ({"fr"}, "same word in French"),
    "Port {{ number }}": ({"fr"}, "same word in French"),
}

# Technical tokens that must survive translation unchanged (checked when the English value has them).
TOKENS = ["sp=rl", "sr=c", "https://", "http://", "name@example.com",
          "3f2c5a8e-1b7d-4c9a-8e2f-6d5b4a3c2e1f", ".vhd", "SAS", "VHD", "BYOL", "LUN", "GUID",
          "Dynamics CRM Online", "Marketo", "Salesforce", "Azure Table", "Standard_D2s_v3",
          "DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…", "ISO 8601", "UTC",
          "waagent -deprovision", "sysprep", "00D", "123-ABC-456", "app-ab01", "+1 425 555 0100",
          "8-4-4-4-12", "(st, se)", "TCP", "PNG"]


def variables(s):
    return Counter(VAR_RE.findall(s))


def units(data):
    """The file's keys in order, a plural group folded into its base key, with its values:
    {key: (form -> value)}; a plain key has the single form None."""
    # As leptos_i18n reads them: two forms or more, one of them `other` (so that
    # `problem_too_few` and `problem_too_many` stay two plain keys).
    bases = Counter(m.group(1) for k in data if (m := PLURAL_RE.match(k)))
    plural = {base for base, n in bases.items() if n >= 2 and f"{base}_other" in data}
    out = {}
    for key, val in data.items():
        m = PLURAL_RE.match(key)
        if m and m.group(1) in plural:
            out.setdefault(m.group(1), {})[m.group(2)] = val
        else:
            out[key] = {None: val}
    return out


def main():
    errors = []
    identical = []
    used = set()
    en = {}
    for ns in NAMESPACES:
        with open(ROOT / "en" / f"{ns}.json", encoding="utf-8") as f:
            en[ns] = json.load(f)
    for lang in LOCALES:
        for ns in NAMESPACES:
            path = ROOT / lang / f"{ns}.json"
            where = f"{lang}/{ns}.json"
            try:
                with open(path, encoding="utf-8") as f:
                    data = json.load(f)
            except FileNotFoundError:
                errors.append(f"{where}: missing")
                continue
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON: {e}")
                continue
            if not isinstance(data, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            en_units, units_ = units(en[ns]), units(data)
            ek, lk = list(en_units), list(units_)
            missing = [k for k in ek if k not in units_]
            extra = [k for k in lk if k not in en_units]
            if missing:
                errors.append(f"{where}: missing keys {missing}")
            if extra:
                errors.append(f"{where}: extra keys {extra}")
            if not missing and not extra and ek != lk:
                errors.append(f"{where}: keys not in English order")
            for unit, en_forms in en_units.items():
                if unit not in units_:
                    continue
                forms = units_[unit]
                if None not in en_forms:
                    want = PLURAL_FORMS["en"][0]
                    if set(en_forms) != want:
                        errors.append(f"en/{ns}.json {unit}: plural forms {sorted(en_forms)} != {sorted(want)}")
                    rule = PLURAL_FORMS[lang]
                    if rule is None:
                        if set(forms) != {None}:
                            errors.append(f"{where} {unit}: one plural category in {lang}: write the plain key")
                    else:
                        need, may = rule
                        if None in forms or not need <= set(forms) <= need | may:
                            errors.append(f"{where} {unit}: plural forms {sorted(map(str, forms))} != {sorted(need)}")
                for form, val in forms.items():
                    key = unit if form is None else f"{unit}_{form}"
                    src = en_forms.get(form, en_forms.get(None, en_forms.get("other")))
                    errors_for_value(errors, identical, used, where, lang, key, src, val)
            if ns == "common":
                for i, name in enumerate(STEPS[lang], 1):
                    got = data.get(f"step_{i}")
                    if got != name:
                        errors.append(f"{where} step_{i}: {got!r} != official {name!r}")
    for value in WHITELIST:
        if value not in used:
            print(f"Note: whitelist entry never used: {value!r}")
    print(f"Identical to English, whitelisted: {len(identical)}")
    for line in identical:
        print("  " + line)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    total = sum(len(units(en[ns])) for ns in NAMESPACES)
    print(f"OK: {len(LOCALES)} locales x {len(NAMESPACES)} namespaces, {total} keys each")
    return 0


def errors_for_value(errors, identical, used, where, lang, key, src, val):
    """The checks of one translated string against its English source."""
    if not isinstance(val, str):
        errors.append(f"{where} {key}: not a string")
        return
    if not val.strip():
        errors.append(f"{where} {key}: empty")
    if variables(val) != variables(src):
        errors.append(f"{where} {key}: variables {dict(variables(val))} != English {dict(variables(src))}")
    if val == src:
        wl = WHITELIST.get(src)
        if wl is None or (wl[0] is not None and lang not in wl[0]):
            errors.append(f"{where} {key}: identical to English and not whitelisted: {src!r}")
        else:
            identical.append(f"{where} {key}: {src!r} ({wl[1]})")
            used.add(src)
    for token in TOKENS:
        if token in src and src.count(token) != val.count(token):
            errors.append(f"{where} {key}: technical token {token!r} changed or lost")


if __name__ == "__main__":
    sys.exit(main())
