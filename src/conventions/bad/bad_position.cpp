// BAD positions (see bad_position.h): parsing, the classification in force, and placement from the job table.
#include "bad_position.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "format_number.h"
#include "jobs.h"
#include "names.h"
#include "seniority.h"

namespace revalo {

const ParamKey kBadOldCoefficient{"bad.old.coefficient"};
const ParamKey kBadA43Coefficient{"bad.a43.coefficient"};

namespace {

const ParamKey kPlacement{"bad.a43.placement"};

// The canonical (lower-case, static) spelling of `word` among `words`, or empty.
template <std::size_t N>
std::string_view canonical(std::string_view word, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words)  // as usually written, in lower case
    if (word == w) return w;
  for (std::string_view w : words)
    if (same_ignoring_case(word, w)) return w;
  return {};
}

std::string cat_label(std::string_view c) {
  if (c == "employe") return "Employé";
  if (c == "tam") return "TAM";
  if (c == "cadre") return "Cadre";
  return std::string(c);
}

// The job's position (catégorie.degré) at d, resolving a conditional version with the profile.
Result<std::pair<std::string_view, const Version*>> job_value(const Job& job, const std::vector<Version>& versions,
                                                              const Profile& p, Date d, const char* what) {
  const Version* v = version_at(versions, d);
  if (!v)
    return make_error(ErrorKind::MissingData,
                      fmt::format("les grilles ne donnent pas de {} pour l'emploi « {} » au {}{}{}", what, job.label, d.iso(),
                                  job.note.empty() ? "" : " : ", job.note));
  if (v->condition.empty()) return std::pair{std::string_view(v->text), v};
  if (v->condition == "usb_member") {
    const std::optional<bool> usb_member = extra_bool(p, "usb_member");
    if (!usb_member)
      return make_error(ErrorKind::Input,
                        fmt::format("au {}, la {} de l'emploi « {} » dépend de l'adhésion de l'employeur à une "
                                    "organisation de l'USB-Domicile ({} si oui, {} si non ; {}) : donnez --usb-member yes|no",
                                    d.iso(), what, job.label, v->text, v->otherwise, v->provenance.source));
    return std::pair{std::string_view(*usb_member ? v->text : v->otherwise), v};
  }
  return make_error(ErrorKind::Grid, fmt::format("{} : l'emploi « {} » a une condition inconnue « {} »", job.file, job.id,
                                                 v->condition));
}

Result<ResolvedPosition> resolve_old(const RateSheet& rs, const Profile& p, std::string_view wanted) {
  std::string cat;
  ResolvedPosition r;
  for (std::string_view s : {wanted, extra_text(p, "old_position"), std::string_view(p.position)})
    if (cat.empty() && is_old_category(s)) cat = s;
  if (cat.empty() && !p.job.empty()) {
    auto job = find_job(rs.grids(), "bad", p.job);
    if (!job) return job.error();
    auto v = job_value(**job, (*job)->old_category, p, rs.date(), "catégorie de l'ancienne grille");
    if (!v) return v.error();
    cat = v->first;
    r.note = fmt::format("catégorie {} de l'emploi « {} »", cat, (*job)->label);
    r.sources.push_back(SourceRef{"job", (*job)->label, v->second->from, &v->second->provenance});
  }
  if (cat.empty())
    return make_error(ErrorKind::Input,
                      fmt::format("au {}, l'ancienne classification BAD (catégories A–I) s'applique ; la position « {} » n'est "
                                  "pas l'une de ses catégories : donnez --old-position A..I (ou --position-before) ou --job",
                                  rs.date().iso(), wanted.empty() ? std::string_view(p.position) : wanted));
  if (cat[0] >= 'a') cat[0] = static_cast<char>(cat[0] - 'a' + 'A');
  r.key = cat;
  return r;
}

// Placement from the job (catégorie and degré) and the years of practice (échelon): the échelon conditions
// (48 months → E2, 4 more years → E3) are applied to the practice at the pay date as on 2021-10-01; without it, the
// branch seniority stands in (an assumption, stated).
Result<A43Position> place_from_job(const RateSheet& rs, const Profile& p, ResolvedPosition& r, const CalcOptions& opt) {
  auto job = find_job(rs.grids(), "bad", p.job);
  if (!job) return job.error();
  auto v = job_value(**job, (*job)->position, p, rs.date(), "position");
  if (!v) return v.error();
  auto pos = parse_a43_position(v->first);
  if (!pos)
    return make_error(ErrorKind::Grid, fmt::format("{} : l'emploi « {} » a une position invalide « {} »", (*job)->file,
                                                   (*job)->id, v->first));
  Decimal practice;
  bool assumed = false;
  if (auto given = extra_decimal(p, "practice_years")) {
    practice = *given;
  } else {
    auto years = completed_years(p, rs.date());
    if (!years) return years.error();
    practice = *years;
    assumed = true;
  }
  auto placement = rs.at(kPlacement);
  if (!placement) return placement.error();
  const ScaleStep* step = scale_step(**placement, practice);
  if (step && !step->value)
    return make_error(ErrorKind::MissingData,
                      fmt::format("« {} » ({}) ne donne pas de valeur pour {} au {} : le texte ne couvre pas cette tranche ({})",
                                  kPlacement.id(), rs.param(kPlacement)->label, practice.str(), rs.date().iso(),
                                  rs.param(kPlacement)->file));
  pos->echelon = step ? static_cast<int>(step->value->integer_part()) : 0;
  r.inferred = true;
  if (opt.explain)
    r.note = fmt::format("{}position déduite de l'emploi « {} » ({}) et de {} an(s) de pratique (règle de placement "
                         "inférée, le guide paritaire de transposition est inconnu)",
                         assumed ? "années de pratique dans l'emploi prises égales à l'ancienneté dans la branche "
                                   "(hypothèse); "
                                 : "",
                         (*job)->label, v->first, fr_number(practice));
  r.sources.push_back(SourceRef{"job", (*job)->label, v->second->from, &v->second->provenance});
  r.sources.push_back(rs.source(kPlacement, **placement));
  return *pos;
}

Result<ResolvedPosition> resolve_a43(const RateSheet& rs, const Profile& p, std::string_view wanted,
                                     const CalcOptions& opt) {
  ResolvedPosition r;
  std::optional<A43Position> pos;
  for (std::string_view s : {wanted, std::string_view(p.position)})
    if (!pos && !s.empty()) pos = parse_a43_position(s);
  const std::string_view given = wanted.empty() ? std::string_view(p.position) : wanted;
  if (pos && pos->echelon == 0)
    return make_error(ErrorKind::Input, fmt::format("il manque l'échelon (1, 2 ou 3) à la position « {} » : par exemple {}.1",
                                                    given, pos->key().substr(0, pos->key().size() - 2)));
  if (!pos) {
    if (!given.empty() && !is_old_category(given))
      return make_error(ErrorKind::Input,
                        fmt::format("position inconnue : « {} » ; une position de l'avenant 43 s'écrit catégorie.degré.échelon, par "
                                    "exemple employe.2.1 ou support.tam.1.3 (catégories employe, tam, cadre ; degrés 1–2 ; "
                                    "échelons 1–3)",
                                    given));
    if (p.job.empty())
      return make_error(ErrorKind::Input,
                        fmt::format("au {}, la classification de l'avenant 43 s'applique{} : donnez --position (par exemple "
                                    "employe.2.1) ou --job pour placer la personne",
                                    rs.date().iso(),
                                    given.empty() ? "" : fmt::format(" et « {} » est une catégorie de l'ancienne grille", given)));
    auto placed = place_from_job(rs, p, r, opt);
    if (!placed) return placed.error();
    pos = *placed;
  }
  r.key = pos->key();
  r.categorie = pos->categorie;
  r.filiere = pos->filiere;
  r.degre = pos->degre;
  r.echelon = pos->echelon;
  return r;
}

}  // namespace

std::string A43Position::key() const {
  std::string k(categorie);
  k += '.';
  k += static_cast<char>('0' + degre);
  k += '.';
  k += static_cast<char>('0' + echelon);
  return k;
}

bool is_old_category(std::string_view t) {
  return t.size() == 1 && ((t[0] >= 'A' && t[0] <= 'I') || (t[0] >= 'a' && t[0] <= 'i'));
}

std::optional<A43Position> parse_a43_position(std::string_view text) {
  static constexpr std::array<std::string_view, 2> kFilieres{"intervention", "support"};
  static constexpr std::array<std::string_view, 3> kCategories{"employe", "tam", "cadre"};
  std::array<std::string_view, 5> parts;
  std::size_t n = 0;
  for (std::size_t start = 0;;) {
    if (n == parts.size()) return std::nullopt;
    std::size_t dot = text.find('.', start);
    parts[n++] = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  A43Position p;
  std::size_t i = 0;
  p.filiere = canonical(parts[0], kFilieres);
  if (!p.filiere.empty()) ++i;
  if (n - i < 2 || n - i > 3) return std::nullopt;
  p.categorie = canonical(parts[i++], kCategories);
  if (p.categorie.empty()) return std::nullopt;
  auto digit = [](std::string_view s, char max) { return s.size() == 1 && s[0] >= '1' && s[0] <= max ? s[0] - '0' : 0; };
  p.degre = digit(parts[i++], '2');
  if (!p.degre) return std::nullopt;
  if (i < n) {
    p.echelon = digit(parts[i], '3');
    if (!p.echelon) return std::nullopt;
  }
  return p;
}

std::string ResolvedPosition::label() const {
  if (categorie.empty()) return fmt::format("catégorie {} (ancienne classification)", key);
  return fmt::format("{}{} degré {} échelon {}", cat_label(categorie), filiere.empty() ? "" : " " + std::string(filiere),
                     degre, echelon);
}

Result<bool> old_classification(const RateSheet& rs) {
  if (rs.find(kBadOldCoefficient)) return true;
  if (rs.find(kBadA43Coefficient)) return false;
  const GridSet& g = rs.grids();
  for (const ParamKey* k : {&kBadOldCoefficient, &kBadA43Coefficient})
    if (auto p = g.param(k->id()); !p) return p.error();
  const Parameter& old = g.params.at(std::string(kBadOldCoefficient.id()));
  return make_error(ErrorKind::MissingData,
                    fmt::format("aucune grille de coefficients BAD n'est encodée pour le {} : l'ancienne grille (A–I) l'est du "
                                "{} au {}, celle de l'avenant 43 à partir du {}",
                                rs.date().iso(), old.versions.front().from.iso(), old.versions.back().to.iso(),
                                g.params.at(std::string(kBadA43Coefficient.id())).versions.front().from.iso()));
}

Result<ResolvedPosition> resolve_position(const RateSheet& rs, const Profile& p, bool old, std::string_view wanted,
                                          const CalcOptions& opt) {
  return old ? resolve_old(rs, p, wanted) : resolve_a43(rs, p, wanted, opt);
}

}  // namespace revalo
