// Grid files, part 2: [[vocabulary]] (named lists of terms: structure types, jobs and their families…) and
// [[measure]] (dated pay measures with their eligibility rules), then the checks across files (docs/grid-schema.md).
#include <set>

#include "grid_toml.h"
#include "names.h"
#include "profile.h"

namespace revalo::grid_toml {
namespace {

std::optional<Error> array_of_tables(const Checker& c, const toml::node& node, std::string_view what,
                                     std::vector<const toml::table*>& out) {
  const toml::array* arr = node.as_array();
  if (!arr) return c.at(node, fmt::format("« {} » doit être un tableau de tables ([[{}]])", what, what));
  for (const auto& n : *arr) {
    const toml::table* t = n.as_table();
    if (!t) return c.at(n, fmt::format("un [[{}]] doit être une table", what));
    out.push_back(t);
  }
  return std::nullopt;
}

Result<bool> boolean(const Checker& c, const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  if (!n) return false;
  if (!n->is_boolean()) return c.at(*n, fmt::format("« {} » doit valoir true ou false", key));
  return *n->value<bool>();
}

const ProfileField* profile_field(std::string_view name) {
  for (const auto& f : core_profile_fields())
    if (f.name == name) return &f;
  return nullptr;
}

Result<Term> parse_term(const Checker& c, const toml::table& t) {
  if (auto e = c.only_keys(t, {"id", "label", "aliases", "groups", "group", "implies", "note"}, "un [[vocabulary.term]]"))
    return *e;
  Term term;
  term.file = c.file();
  term.line = static_cast<int>(t.source().begin.line);
  for (auto [key, field, required] : {std::tuple{"id", &term.id, true}, std::tuple{"label", &term.label, true},
                                      std::tuple{"note", &term.note, false}}) {
    auto s = c.string(t, key, required, "un [[vocabulary.term]]");
    if (!s) return s.error();
    *field = *s;
  }
  if (normalize_name(term.id) != term.id)
    return c.at(*t.get("id"), fmt::format("l'identifiant de terme « {} » doit être fait de mots ASCII en minuscules joints par « - » (par exemple « {} »)",
                                          term.id, normalize_name(term.id)));
  for (auto [key, field] : {std::pair{"aliases", &term.aliases}, std::pair{"groups", &term.groups}}) {
    if (const toml::node* n = t.get(key)) {
      auto a = string_array(c, *n, key);
      if (!a) return a.error();
      *field = std::move(*a);
    }
  }
  auto group = boolean(c, t, "group");
  if (!group) return group.error();
  term.group = *group;
  if (const toml::node* n = t.get("implies")) {
    const toml::table* imp = n->as_table();
    if (!imp) return c.at(*n, "« implies » doit être une table { vocabulaire = \"terme\" }");
    for (const auto& [k, v] : *imp) {
      if (!v.is_string()) return c.at(v, "les valeurs de « implies » doivent être des identifiants de termes (chaînes)");
      term.implies.emplace(std::string(k.str()), *v.value<std::string>());
    }
  }
  return term;
}

Result<Clause> parse_clause(const Checker& c, const toml::table& t, const std::string& measure) {
  static const std::set<std::string, std::less<>> kKeys = {
      "effect", "row", "label", "from", "to", "amount", "amount_key", "pay_label",
      "source", "url", "note", "kali", "confidence", "inferred"};
  Clause cl;
  const std::string owner = fmt::format("une règle de la mesure « {} »", measure);
  if (const toml::node* e = t.get("effect")) {
    auto s = e->value<std::string>();
    if (!s || (*s != "include" && *s != "exclude" && *s != "undecidable"))
      return c.at(*e, "« effect » doit valoir \"include\", \"exclude\" ou \"undecidable\"");
    cl.effect = *s == "include" ? ClauseEffect::Include : *s == "exclude" ? ClauseEffect::Exclude
                                                                          : ClauseEffect::Undecidable;
  }
  for (auto [key, field, required] :
       {std::tuple{"row", &cl.row, false}, std::tuple{"label", &cl.label, true},
        std::tuple{"amount", &cl.amount, false}, std::tuple{"amount_key", &cl.amount_key, false},
        std::tuple{"pay_label", &cl.pay_label, false}}) {
    auto s = c.string(t, key, required, owner);
    if (!s) return s.error();
    *field = *s;
  }
  auto range = parse_date_range(c, t, owner);
  if (!range) return range.error();
  cl.from = range->from;
  cl.to = range->to;
  cl.open_ended = range->open_ended;
  auto p = parse_provenance(c, t, true, nullptr);
  if (!p) return p.error();
  cl.provenance = *p;
  if (cl.effect == ClauseEffect::Include && cl.amount.empty())
    return c.at(t, fmt::format("{} inclut des personnes : elle demande un « amount » (identifiant de paramètre)", owner));
  if (cl.effect == ClauseEffect::Exclude && !cl.amount.empty())
    return c.at(*t.get("amount"), "une règle d'exclusion ne donne pas de montant");
  if (!cl.amount_key.empty() && cl.amount.empty()) return c.at(*t.get("amount_key"), "« amount_key » demande « amount »");
  // Every other key is a criterion: a vocabulary id with a list of terms, or a yes/no profile field with a boolean.
  for (const auto& [k, v] : t) {
    std::string key(k.str());
    if (kKeys.count(key)) continue;
    if (v.is_boolean()) {
      const ProfileField* f = profile_field(key);
      if (!f || f->type != FieldType::Bool)
        return c.at(v, fmt::format("« {} » n'est pas un champ oui/non du profil : un critère booléen en nomme un", key));
      cl.flags.emplace(key, *v.value<bool>());
      continue;
    }
    auto list = string_array(c, v, key);
    if (!list) {
      return c.at(v, fmt::format("clé inconnue « {} » dans {} : un critère est un identifiant de vocabulaire avec un "
                                 "tableau d'identifiants de termes, ou un champ oui/non du profil avec true ou false",
                                 key, owner));
    }
    if (list->empty()) return c.at(v, fmt::format("le critère « {} » ne liste aucun terme", key));
    cl.terms.emplace(key, std::move(*list));
  }
  if (cl.terms.empty() && cl.flags.empty() && cl.effect != ClauseEffect::Include)
    return c.at(t, fmt::format("{} n'a aucun critère : elle s'appliquerait à tout le monde", owner));
  return cl;
}

Error at_line(const std::string& file, int line, const std::string& msg) {
  return make_error(ErrorKind::Grid, fmt::format("{}:{}:1: {}", file, line, msg));
}

const Term* find_term(const Vocabulary& v, std::string_view id) {
  for (const auto& t : v.terms)
    if (t.id == id) return &t;
  return nullptr;
}

std::vector<std::string> term_ids(const Vocabulary& v) {
  std::vector<std::string> out;
  for (const auto& t : v.terms) out.push_back(t.id);
  return out;
}

std::vector<std::string> vocabulary_ids(const GridSet& set) {
  std::vector<std::string> out;
  for (const auto& v : set.vocabularies) out.push_back(v.id);
  return out;
}

}  // namespace

std::optional<Error> load_vocabularies(const Checker& c, const toml::node& node, GridSet& set) {
  std::vector<const toml::table*> tables;
  if (auto e = array_of_tables(c, node, "vocabulary", tables)) return e;
  for (const toml::table* t : tables) {
    if (auto e = c.only_keys(*t, {"id", "label", "default", "term"}, "un [[vocabulary]]")) return e;
    Vocabulary v;
    v.file = c.file();
    for (auto [key, field, required] : {std::tuple{"id", &v.id, true}, std::tuple{"label", &v.label, true},
                                        std::tuple{"default", &v.default_term, false}}) {
      auto s = c.string(*t, key, required, "un [[vocabulary]]");
      if (!s) return s.error();
      *field = *s;
    }
    const ProfileField* f = profile_field(v.id);
    if (!f || f->type != FieldType::Text)
      return c.at(*t->get("id"), fmt::format("le vocabulaire « {} » doit porter le nom du champ texte du profil dont il liste "
                                             "les valeurs (par exemple structure, job, employer)",
                                             v.id));
    if (const Vocabulary* other = set.vocabulary(v.id))
      return c.at(*t, fmt::format("le vocabulaire « {} » est déjà défini dans {}", v.id, other->file));
    const toml::node* terms = t->get("term");
    if (!terms) return c.at(*t, fmt::format("le vocabulaire « {} » n'a pas de [[vocabulary.term]]", v.id));
    std::vector<const toml::table*> term_tables;
    if (auto e = array_of_tables(c, *terms, "vocabulary.term", term_tables)) return e;
    std::map<std::string, std::string> names;  // normalized id, label or alias → term id
    for (const toml::table* tt : term_tables) {
      auto term = parse_term(c, *tt);
      if (!term) return term.error();
      std::vector<std::string> all = term->aliases;
      all.push_back(term->id);
      all.push_back(term->label);
      for (const auto& n : all) {
        auto [it, fresh] = names.emplace(normalize_name(n), term->id);
        if (!fresh && it->second != term->id)
          return c.at(*tt, fmt::format("« {} » nomme à la fois « {} » et « {} » dans le vocabulaire « {} »", n, it->second, term->id,
                                       v.id));
      }
      v.terms.push_back(std::move(*term));
    }
    for (const auto& term : v.terms) {
      for (const auto& g : term.groups) {
        const Term* grp = find_term(v, g);
        if (!grp || !grp->group)
          return at_line(term.file, term.line,
                         fmt::format("le terme « {} » du vocabulaire « {} » est dans le groupe « {} », qui n'en est pas un terme de groupe",
                                     term.id, v.id, g));
      }
    }
    if (!v.default_term.empty()) {
      const Term* d = find_term(v, v.default_term);
      if (!d || d->group)
        return c.at(*t->get("default"), fmt::format("la valeur par défaut « {} » n'est pas un terme du vocabulaire « {} »", v.default_term, v.id));
    }
    set.vocabularies.push_back(std::move(v));
  }
  return std::nullopt;
}

std::optional<Error> load_measures(const Checker& c, const toml::node& node, GridSet& set) {
  std::vector<const toml::table*> tables;
  if (auto e = array_of_tables(c, node, "measure", tables)) return e;
  for (const toml::table* t : tables) {
    if (auto e = c.only_keys(*t, {"id", "label", "note", "line", "pay_label", "residual", "supersedes", "rule"},
                             "un [[measure]]"))
      return e;
    Measure m;
    m.file = c.file();
    for (auto [key, field, required] :
         {std::tuple{"id", &m.id, true}, std::tuple{"label", &m.label, true}, std::tuple{"note", &m.note, false},
          std::tuple{"line", &m.line, false}, std::tuple{"pay_label", &m.pay_label, false}}) {
      auto s = c.string(*t, key, required, "un [[measure]]");
      if (!s) return s.error();
      *field = *s;
    }
    if (const Measure* other = set.measure(m.id))
      return c.at(*t, fmt::format("la mesure « {} » est déjà définie dans {}", m.id, other->file));
    auto residual = boolean(c, *t, "residual");
    if (!residual) return residual.error();
    m.residual = *residual;
    if (const toml::node* n = t->get("supersedes")) {
      auto a = string_array(c, *n, "supersedes");
      if (!a) return a.error();
      m.supersedes = std::move(*a);
    }
    const toml::node* rules = t->get("rule");
    if (!rules) return c.at(*t, fmt::format("la mesure « {} » n'a pas de [[measure.rule]]", m.id));
    std::vector<const toml::table*> rule_tables;
    if (auto e = array_of_tables(c, *rules, "measure.rule", rule_tables)) return e;
    for (const toml::table* rt : rule_tables) {
      auto cl = parse_clause(c, *rt, m.id);
      if (!cl) return cl.error();
      m.clauses.push_back(std::move(*cl));
    }
    set.measures.push_back(std::move(m));
  }
  return std::nullopt;
}

std::optional<Error> check_measure_references(const GridSet& set) {
  for (const auto& v : set.vocabularies) {
    for (const auto& term : v.terms) {
      for (const auto& [vid, tid] : term.implies) {
        const Vocabulary* other = set.vocabulary(vid);
        if (!other)
          return at_line(term.file, term.line, fmt::format("le terme « {} » implique une valeur de « {} », qui n'est "
                                                           "pas un vocabulaire (connus : {})",
                                                           term.id, vid, fmt::join(vocabulary_ids(set), ", ")));
        const Term* implied = find_term(*other, tid);
        if (!implied || implied->group)
          return at_line(term.file, term.line,
                         fmt::format("le terme « {} » implique {} « {} », qui n'est pas un terme de ce vocabulaire", term.id,
                                     vid, tid));
      }
    }
  }
  for (const auto& m : set.measures) {
    for (const auto& s : m.supersedes)
      if (!set.measure(s))
        return make_error(ErrorKind::Grid, fmt::format("{}:1:1: la mesure « {} » remplace une mesure inconnue « {} »",
                                                       m.file, m.id, s));
    for (const auto& cl : m.clauses) {
      const Provenance& p = cl.provenance;
      for (const auto& [vid, ids] : cl.terms) {
        const Vocabulary* v = set.vocabulary(vid);
        if (!v)
          return at_line(p.file, p.line, fmt::format("mesure « {} » : « {} » n'est ni un vocabulaire ({}) ni une clé de règle",
                                                     m.id, vid, fmt::join(vocabulary_ids(set), ", ")));
        for (const auto& id : ids)
          if (!find_term(*v, id))
            return at_line(p.file, p.line,
                           fmt::format("mesure « {} » : « {} » n'est pas un terme du vocabulaire « {} » ; les plus proches : {}", m.id, id,
                                       vid, fmt::join(nearest_names(id, term_ids(*v)), ", ")));
      }
      if (cl.amount.empty()) continue;
      auto it = set.params.find(cl.amount);
      if (it == set.params.end())
        return at_line(p.file, p.line, fmt::format("mesure « {} » : le montant « {} » n'est pas un paramètre", m.id, cl.amount));
      const Parameter& a = it->second;
      if (a.unit != "points" && a.unit != "EUR")
        return at_line(p.file, p.line, fmt::format("mesure « {} » : le montant « {} » a pour unité « {} » ; le montant "
                                                   "d'une mesure est en \"points\" (d'indice majoré) ou en \"EUR\"",
                                                   m.id, cl.amount, a.unit));
      if (a.kind != ParamKind::Scalar && a.kind != ParamKind::Table)
        return at_line(p.file, p.line,
                       fmt::format("mesure « {} » : le montant « {} » doit être un scalaire ou une table", m.id, cl.amount));
      if (a.kind == ParamKind::Scalar && !cl.amount_key.empty())
        return at_line(p.file, p.line,
                       fmt::format("mesure « {} » : le montant « {} » est un scalaire, il ne prend pas d'amount_key", m.id, cl.amount));
    }
  }
  return std::nullopt;
}

}  // namespace revalo::grid_toml
