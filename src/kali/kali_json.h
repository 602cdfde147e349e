// Reads a KALI convention file — the JSON of the npm package @socialgouv/kali-data (data/KALICONT….json): a tree
// of sections (the base text, then each attached text: avenants, accords) whose leaves are articles with an HTML
// `content` — into an index of its articles by KALI id, with the text and the date of each.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "result.h"

namespace revalo {

struct KaliArticle {
  std::string id;   // "KALIARTI000049306344"
  std::string num;       // "13", "1er"
  std::string surtitre;  // heading KALI gives some articles: "Catégorie C", "Filière intervention : employé(e)"
  std::string html;
  std::string text_id;     // the text it belongs to: "KALITEXT000025805457" (base text), an avenant's id …
  std::string text_title;  // "Avenant n° 51-2022 du 23 mars 2022 relatif aux salaires"
  // From when this version of the article applies: the latest effect date of the links that created or modified
  // it (`lstLienModification`, CREE / MODIFIE, target side), else its text's `modifDate` (an avenant's effect date).
  std::optional<Date> date;
};

// An article that this file no longer holds, named by an ABROGE link of an article that abrogated it.
struct KaliAbrogation {
  std::string by_article;  // the abrogating article ("KALIARTI000044159636")
  std::string by_text_title;
  std::optional<Date> date;  // the abrogating article's date
};

struct KaliText {
  std::string title;
  std::optional<Date> date;  // `modifDate`
};

struct KaliDoc {
  std::string id;     // "KALICONT000025805800"
  std::string title;  // the convention's title
  std::map<std::string, KaliArticle> articles;
  std::vector<std::string> order;  // article ids in document order
  std::map<std::string, KaliText> texts;  // every text (KALITEXT id) of the file
  std::map<std::string, KaliAbrogation> abrogated;
  const KaliArticle* article(const std::string& id) const;
};

// Parses the JSON text of a KALI convention file; `name` is used in messages. Input error on bad JSON or a
// document that is not a KALI convention tree.
Result<KaliDoc> parse_kali_json(std::string_view json, const std::string& name);
// Reads and parses a file (Input error when it cannot be read).
Result<KaliDoc> read_kali_file(const std::string& path);
// Reads several files of the same convention into one index (e.g. a recent package and an older one that still
// holds articles abrogated since): an article, a text or an abrogation is taken from the first file that has one,
// so give the most recent file first. Input error when the files are not of the same convention.
Result<KaliDoc> read_kali_files(const std::vector<std::string>& paths);

}  // namespace revalo
