// The internal-words check: no text users read (grids and their sources, messages, transcripts, docs, examples)
// names the project's working documents or process, or a source by an abbreviation only the project uses. A source
// is a legal text (title, article, Légifrance id or URL, JO) or a publication named in full ("OpenFisca-France,
// paramètre …", "mon-entreprise (modele-social), règle « … »", "JourDePaye, modèle de la convention collective …").
//
// Usage: internal_words_check SOURCE_DIR. Prints every finding as "file:line: « word » : why" and exits 1 if any.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Rule {
  std::regex pattern;
  std::string why;
  bool grids_only = false;  // sources and notes of grids/*.toml
};

std::vector<Rule> rules() {
  const auto icase = std::regex::ECMAScript | std::regex::icase;
  const std::string sheet = "nom d'une fiche de travail interne : citez le texte ou la publication qu'elle cite";
  const std::string process = "mot du processus interne : les utilisateurs n'ont pas ce document";
  const std::string abbreviation =
      "abréviation interne d'une source : nommez la publication en entier (OpenFisca-France, mon-entreprise, "
      "JourDePaye…) ou le texte";
  const std::string english = "mots anglais dans une source ou une note : écrivez-la en français";
  const std::string path = "chemin de code d'un autre projet : nommez le paramètre, la règle ou la publication";
  return {
      {std::regex(R"(\b(bad-avenant43|segur-cti|net-pay|ccn66|ccn51|fph-grids|employer-cost|claims-apprentices-positions)\.md\b)"),
       sheet},
      // "the sheet" alone is also the rate sheet of the code (rate_sheet.h): only what a working document does.
      {std::regex(R"(fiches? de référence|reference sheets?|\bthe sheets? (says?|gives?|cites?|marks?|lacks?|infers?)\b)", icase),
       process},
      {std::regex(R"(\b(la|cette) fiche (ne|le|la|les|dit|donne|cite|indique|décrit|marque|signale|précise|parle)\b|\bles fiches\b)",
                  icase),
       process},
      {std::regex(R"(\bissues? #?[0-9]+)", icase), process},
      {std::regex(R"(\b(OF|ME|JDP|KALI-2021|CCN-analysis|Pragmatis-03-23|DF-av54|URSSAF-(CNRACL|NT|AF|VM)|CNRACL-site|JURIS-FEH|LEGI-2024-49|LEX-2025-318|IRC-site|RAFP-site|BOFIP-TS|FO42)\b)"),
       abbreviation},
      {std::regex(R"(\bas cited (by|in)\b|\babrogated by\b|\bsigned by\b|\(traduite\)|\bper (EIG|OF|ME|JDP|the)\b)"), english,
       true},
      {std::regex(R"(openfisca_france/|\.yaml\b|\.publicodes\b|modele-(social|commun)/règles|\.py\b|\.test\.ts\b)"), path,
       true},
  };
}

bool scanned(const fs::path& p) {
  static const std::vector<std::string> kExtensions = {".toml", ".cpp", ".h", ".t", ".md", ".csv", ".jsonl",
                                                       ".cmake", ".sh", ".txt", ".tsv"};
  const std::string ext = p.extension().string();
  for (const auto& e : kExtensions)
    if (e == ext) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: internal_words_check SOURCE_DIR\n";
    return 2;
  }
  const fs::path root = argv[1];
  const auto all = rules();
  std::vector<fs::path> files = {root / "README.md"};
  for (const char* dir : {"grids", "src", "tests", "docs", "examples"})
    for (const auto& e : fs::recursive_directory_iterator(root / dir))
      if (e.is_regular_file() && scanned(e.path()) && e.path().filename() != "internal_words.cpp")
        files.push_back(e.path());
  int findings = 0;
  for (const auto& file : files) {
    const std::string rel = fs::relative(file, root).generic_string();
    const bool grid = rel.starts_with("grids/") && file.extension() == ".toml";
    std::ifstream in(file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      for (const auto& rule : all) {
        if (rule.grids_only && !grid) continue;
        for (auto it = std::sregex_iterator(line.begin(), line.end(), rule.pattern); it != std::sregex_iterator(); ++it) {
          std::cout << rel << ":" << n << ": « " << it->str() << " » : " << rule.why << "\n";
          ++findings;
        }
      }
    }
  }
  if (findings) std::cout << findings << " mot(s) interne(s) dans des textes que lisent les utilisateurs\n";
  return findings ? 1 : 0;
}
