// Reading payslip files (payslip_file.h): located messages through grid_toml's Checker, the profile through
// profile_file.h, decimals as strings or integers (never TOML floats).
#include "payslip_file.h"

#include <algorithm>

#include <fmt/format.h>

#include "french_input.h"
#include "text_file.h"

#include "grid_toml.h"
#include "names.h"
#include "profile_file.h"
#include "registry.h"

namespace revalo {
namespace {

using grid_toml::Checker;

// The codes of docs/output.md, "Line codes", with their kind.
const std::vector<std::pair<std::string, LineKind>>& known_codes() {
  static const std::vector<std::pair<std::string, LineKind>> kCodes = [] {
    std::vector<std::pair<std::string, LineKind>> v;
    for (const char* c :
         {"base", "reclassification_allowance", "smic_differential", "ecr_diploma", "ecr_seniority", "ecr_tutoring",
          "ecr_apprenticeship_master", "ecr_sunday_holiday", "ecr_night", "ecr_on_call_ouvrable",
          "ecr_on_call_ouvrable_fractionnee", "ecr_on_call_dimanche_ferie_nuit",
          "ecr_on_call_dimanche_ferie_nuit_fractionnee", "ecr_cadre_responsibility", "ecr_cadre_associations",
          "ecr_cadre_complexity", "ecr_cadre_places", "ecr_cadre_senior", "apprentice_pay", "declared_gross", "tib",
          "nbi", "cti", "cti_equivalent", "prime_revalorisation", "segur_allowance", "declared_base",
          "residence_allowance", "family_supplement", "bonuses", "ppcr_abattement", "other_pay"})
      v.emplace_back(c, LineKind::Earning);
    // Each agreement's own earning codes (Convention::line_codes; a pattern with '*' is listed above in full).
    for (const Convention* conv : conventions())
      for (std::string_view c : conv->line_codes)
        if (c.find('*') == std::string_view::npos &&
            std::none_of(v.begin(), v.end(), [&](const auto& x) { return x.first == c; }))
          v.emplace_back(std::string(c), LineKind::Earning);
    for (const char* c :
         {"health_alsace_moselle", "old_age_capped", "old_age_uncapped", "agirc_arrco_t1", "agirc_arrco_t2", "ceg_t1",
          "ceg_t2", "cet", "apec", "ircantec_a", "ircantec_b", "cnracl", "rafp", "health_insurance_employee",
          "prevoyance_employee", "csg_deductible", "csg_non_deductible", "crds", kNetFigureCodes[3]})
      v.emplace_back(c, LineKind::Deduction);
    for (const char* c : {"health_insurance_employer", "prevoyance_employer"}) v.emplace_back(c, LineKind::Info);
    // Each agreement's earning codes (Convention::line_codes), so that a new agreement's lines can be checked.
    for (const Convention* conv : conventions())
      for (std::string_view code : conv->line_codes)
        if (!code.ends_with("*") && std::none_of(v.begin(), v.end(), [&](const auto& k) { return k.first == code; }))
          v.emplace_back(std::string(code), LineKind::Earning);
    return v;
  }();
  return kCodes;
}

// Checker errors are grid errors; in a payslip file they are input errors.
Error input_error(Error e) {
  e.kind = ErrorKind::Input;
  return e;
}

// Digits written after the decimal mark of a number node ("5.51" → 2, 344 → 0).
int written_decimals(const toml::node& n) {
  if (!n.is_string()) return 0;
  std::string s = *n.value<std::string>();
  auto mark = s.find_first_of(".,");
  if (mark == std::string::npos) return 0;
  return static_cast<int>(std::count_if(s.begin() + static_cast<long>(mark), s.end(),
                                         [](char c) { return c >= '0' && c <= '9'; }));
}

// `month`: "AAAA-MM" or "MM/AAAA" (the month's last day), or a date "AAAA-MM-JJ" or "JJ/MM/AAAA", quoted or as a
// TOML date.
std::optional<Error> read_month(const Checker& c, const toml::node& n, PayslipFile& f) {
  if (n.is_string()) {
    std::string s = *n.value<std::string>();
    if (auto d = parse_date_fr(s)) {
      f.date = *d;
      f.whole_month = false;
      return std::nullopt;
    }
    if (auto first = parse_month_fr(s)) {
      f.date = month_end(*first);
      f.whole_month = true;
      return std::nullopt;
    }
  }
  if (n.is_string() || n.is_date()) {
    auto d = c.date(n, "month");
    if (!d) return input_error(d.error());
    f.date = *d;
    f.whole_month = false;
    return std::nullopt;
  }
  return input_error(c.at(n, "« month » doit être un mois \"AAAA-MM\" ou \"MM/AAAA\", ou une date AAAA-MM-JJ"));
}

// A printed number: a TOML integer, or a string in the French forms of a payslip ("1 895,44 €", "6,80 %").
Result<Decimal> printed_number(const Checker& c, const toml::node& n, std::string_view what) {
  if (n.is_string()) {
    const std::string s = *n.value<std::string>();
    if (auto d = parse_amount_fr(s)) return *d;
    if (auto d = parse_percent_fr(s)) return *d;
  }
  return c.number(n, what);
}

Result<std::optional<Decimal>> optional_number(const Checker& c, const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  if (!n) return std::optional<Decimal>();
  auto d = printed_number(c, *n, fmt::format("« {} »", key));
  if (!d) return input_error(d.error());
  return std::optional<Decimal>(*d);
}

Result<PrintedLine> read_line(const Checker& c, const toml::node& node, const std::vector<PrintedLine>& before) {
  const toml::table* t = node.as_table();
  if (!t) return input_error(c.at(node, "chaque [[line]] doit être une table"));
  if (auto e = c.only_keys(*t, {"code", "label", "base", "rate", "amount"}, "une ligne [[line]]"))
    return input_error(*e);
  PrintedLine l;
  l.source_line = static_cast<int>(t->source().begin.line);
  auto code = c.string(*t, "code", true, "une ligne [[line]]");
  if (!code) return input_error(code.error());
  l.code = *code;
  auto kind = payslip_line_kind(l.code);
  if (!kind) {
    const auto near = close_names(l.code, payslip_line_codes(), 3);
    return input_error(c.at(*t->get("code"), fmt::format("code de ligne inconnu : « {} » ; {} (liste : revalo check "
                                                         "--codes)",
                                                         l.code, near.empty() ? "aucun code proche"
                                                                              : fmt::format("codes proches : {}",
                                                                                            fmt::join(near, ", ")))));
  }
  l.kind = *kind;
  for (const auto& b : before)
    if (b.code == l.code)
      return input_error(c.at(*t, fmt::format("ligne « {} » en double (déjà ligne {} du fichier)", l.code,
                                              b.source_line)));
  auto label = c.string(*t, "label", false, "une ligne [[line]]");
  if (!label) return input_error(label.error());
  l.label = *label;
  const toml::node* amount = t->get("amount");
  if (!amount) return input_error(c.at(*t, fmt::format("« amount » manque dans la ligne « {} »", l.code)));
  auto a = printed_number(c, *amount, "« amount »");
  if (!a) return input_error(a.error());
  l.amount = *a;
  if (l.kind != LineKind::Earning && l.amount < Decimal())
    return input_error(c.at(*amount, fmt::format("« {} » est une retenue : écrivez son montant en positif, comme "
                                                 "dans la colonne des retenues", l.code)));
  auto base = optional_number(c, *t, "base");
  if (!base) return base.error();
  auto rate = optional_number(c, *t, "rate");
  if (!rate) return rate.error();
  l.base = *base;
  l.rate = *rate;
  if (l.base) l.base_decimals = written_decimals(*t->get("base"));
  if (l.rate) l.rate_decimals = written_decimals(*t->get("rate"));
  return l;
}

std::optional<Error> read_totals(const Checker& c, const toml::node& node, PayslipFile& f) {
  const toml::table* t = node.as_table();
  if (!t) return input_error(c.at(node, "[totals] doit être une table"));
  for (const auto& [key, value] : *t) {
    const auto& codes = payslip_total_codes();
    if (std::find(codes.begin(), codes.end(), key.str()) == codes.end())
      return input_error(c.at(value, fmt::format("total inconnu : « {} » ; totaux connus : {}", key.str(),
                                                 fmt::join(codes, ", "))));
  }
  for (const auto& code : payslip_total_codes()) {
    auto a = optional_number(c, *t, code);
    if (!a) return a.error();
    if (*a) f.totals.push_back({code, **a});
  }
  return std::nullopt;
}

}  // namespace

const std::vector<std::string>& payslip_line_codes() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> v;
    for (const auto& [code, kind] : known_codes()) v.push_back(code);
    return v;
  }();
  return kNames;
}

std::optional<LineKind> payslip_line_kind(std::string_view code) {
  for (const auto& [c, kind] : known_codes())
    if (c == code) return kind;
  return std::nullopt;
}

const std::vector<std::string>& payslip_total_codes() {
  static const std::vector<std::string> kCodes = [] {
    std::vector<std::string> v{"gross"};
    for (const char* c : kNetFigureCodes) v.emplace_back(c);
    return v;
  }();
  return kCodes;
}

Result<PayslipFile> parse_payslip_toml(const std::string& path, const std::string& text) {
  Checker c(path);
  toml::table doc;
  try {
    doc = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return input_error(c.at(e.source(), fmt::format("TOML invalide : {}", e.description())));
  }
  if (auto e = c.only_keys(doc, {"month", "profile", "line", "totals"}, "une fiche de paie")) return input_error(*e);
  PayslipFile f;
  f.path = path;
  const toml::node* month = doc.get("month");
  if (!month) return make_error(ErrorKind::Input, fmt::format("{}:1:1: « month » manque : le mois de la fiche, "
                                                              "par exemple month = \"2023-03\"", path));
  if (auto e = read_month(c, *month, f)) return *e;
  const toml::table* profile = doc.get_as<toml::table>("profile");
  if (!profile)
    return make_error(ErrorKind::Input, fmt::format("{}:1:1: table [profile] manquante : le profil de la personne "
                                                    "(mêmes champs qu'un fichier --profile)", path));
  if (const toml::node* at = profile->get("at"))
    return input_error(c.at(*at, "« at » n'a pas sa place dans [profile] : la date de la fiche est « month »"));
  if (auto e = parse_profile_table(path, *profile, f.profile)) return *e;
  if (const toml::node* lines = doc.get("line")) {
    const toml::array* arr = lines->as_array();
    if (!arr) return input_error(c.at(*lines, "les lignes s'écrivent [[line]]"));
    for (const toml::node& n : *arr) {
      auto l = read_line(c, n, f.lines);
      if (!l) return l.error();
      f.lines.push_back(std::move(*l));
    }
  }
  if (const toml::node* totals = doc.get("totals"))
    if (auto e = read_totals(c, *totals, f)) return *e;
  if (f.lines.empty() && f.totals.empty())
    return make_error(ErrorKind::Input, fmt::format("{}:1:1: la fiche n'a ni ligne [[line]] ni [totals] à vérifier",
                                                    path));
  return f;
}

Result<PayslipFile> load_payslip_file(const std::string& path) {
  auto text = read_text_file(path);
  if (!text) return make_error(ErrorKind::Input, fmt::format("impossible de lire la fiche de paie « {} »", path));
  return parse_payslip_toml(path, *text);
}

}  // namespace revalo
