// KALI convention JSON → article index (see kali_json.h). nlohmann::json exceptions stay inside this file.
#include "kali_json.h"

#include <cctype>

#include <fmt/format.h>

#include "text_file.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace revalo {
namespace {

using nlohmann::json;

std::string str(const json& obj, const char* key) {
  if (!obj.is_object()) return {};
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "2021-10-01" → date; KALI writes "2999-01-01" for "no date", read as none.
std::optional<Date> kali_date(const std::string& s) {
  auto d = Date::parse(std::string_view(s).substr(0, 10));
  if (!d || d->year() >= 2999) return std::nullopt;
  return d;
}

struct PendingAbrogation {
  std::string target, by_article;
};

class Indexer {
 public:
  explicit Indexer(KaliDoc& doc) : doc_(doc) {}

  void walk(const json& node, const std::string& text_id, int depth) {
    if (!node.is_object() || depth > 64) return;
    const json empty = json::object();
    const json& data = node.contains("data") && node["data"].is_object() ? node["data"] : empty;
    std::string type = str(node, "type");
    std::string current_text = text_id;
    if (type == "article") {
      add_article(data, text_id);
    } else {
      std::string id = str(data, "id");
      if (id.rfind("KALITEXT", 0) == 0) {
        current_text = id;
        doc_.texts[id] = KaliText{str(data, "title"), kali_date(str(data, "modifDate"))};
      }
    }
    if (auto it = node.find("children"); it != node.end() && it->is_array())
      for (const json& child : *it) walk(child, current_text, depth + 1);
  }

  // Dates from the texts, then the abrogated articles that the file no longer holds.
  void finish() {
    for (auto& [id, a] : doc_.articles) {
      if (a.date) continue;
      if (auto t = doc_.texts.find(a.text_id); t != doc_.texts.end()) a.date = t->second.date;
    }
    for (const auto& p : pending_) {
      if (doc_.articles.count(p.target)) continue;
      KaliAbrogation ab{p.by_article, "", std::nullopt};
      if (const KaliArticle* by = doc_.article(p.by_article)) {
        ab.date = by->date;
        if (auto t = doc_.texts.find(by->text_id); t != doc_.texts.end()) ab.by_text_title = t->second.title;
      }
      doc_.abrogated.emplace(p.target, ab);
    }
  }

 private:
  void add_article(const json& data, const std::string& text_id) {
    KaliArticle a;
    a.id = str(data, "id");
    if (a.id.empty() || doc_.articles.count(a.id)) return;
    a.num = str(data, "num");
    a.surtitre = str(data, "surtitre");
    a.html = str(data, "content");
    a.text_id = text_id;
    if (auto it = data.find("lstLienModification"); it != data.end() && it->is_array()) {
      for (const json& link : *it) {
        std::string type = str(link, "linkType"), side = str(link, "linkOrientation");
        if ((type == "CREE" || type == "MODIFIE") && side == "cible") {
          auto d = kali_date(str(link, "dateDebutCible"));
          if (d && (!a.date || *a.date < *d)) a.date = d;
        } else if (type == "ABROGE" && side == "source") {
          pending_.push_back({str(link, "articleId"), a.id});
        }
      }
    }
    doc_.order.push_back(a.id);
    doc_.articles[a.id] = std::move(a);
  }

 private:
  KaliDoc& doc_;
  std::vector<PendingAbrogation> pending_;
};

}  // namespace

const KaliArticle* KaliDoc::article(const std::string& id) const {
  auto it = articles.find(id);
  return it == articles.end() ? nullptr : &it->second;
}

Result<KaliDoc> parse_kali_json(std::string_view text, const std::string& name) {
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    return make_error(ErrorKind::Input, fmt::format("{} : JSON illisible ({})", name, e.what()));
  }
  if (!root.is_object() || !root.contains("children") || !root["children"].is_array() || !root.contains("data"))
    return make_error(ErrorKind::Input,
                      fmt::format("{} : ce n'est pas un fichier de convention KALI (objet racine avec « data » et "
                                  "« children » attendu, comme data/KALICONT….json de @socialgouv/kali-data)",
                                  name));
  KaliDoc doc;
  doc.id = str(root["data"], "id");
  doc.title = str(root["data"], "title");
  // Some titles end with a line break (IDCC 413): the report prints the title on one line.
  while (!doc.title.empty() && std::isspace(static_cast<unsigned char>(doc.title.back()))) doc.title.pop_back();
  Indexer indexer(doc);
  indexer.walk(root, "", 0);
  indexer.finish();
  if (doc.articles.empty())
    return make_error(ErrorKind::Input, fmt::format("{} : aucun article KALI dans ce fichier", name));
  return doc;
}

Result<KaliDoc> read_kali_file(const std::string& path) {
  auto text = read_text_file(path);
  if (!text) return make_error(ErrorKind::Input, fmt::format("{} : fichier KALI illisible", path));
  return parse_kali_json(*text, path);
}

Result<KaliDoc> read_kali_files(const std::vector<std::string>& paths) {
  if (paths.empty()) return make_error(ErrorKind::Usage, "aucun fichier KALI donné");
  auto merged = read_kali_file(paths[0]);
  if (!merged) return merged;
  for (std::size_t i = 1; i < paths.size(); ++i) {
    auto doc = read_kali_file(paths[i]);
    if (!doc) return doc.error();
    if (doc->id != merged->id)
      return make_error(ErrorKind::Input, fmt::format("{} ({}) et {} ({}) ne sont pas la même convention", paths[0],
                                                      merged->id, paths[i], doc->id));
    for (const std::string& id : doc->order) {
      if (merged->articles.count(id)) continue;
      merged->articles[id] = doc->articles.at(id);
      merged->order.push_back(id);
    }
    merged->texts.insert(doc->texts.begin(), doc->texts.end());
    merged->abrogated.insert(doc->abrogated.begin(), doc->abrogated.end());
  }
  std::erase_if(merged->abrogated, [&](const auto& a) { return merged->articles.count(a.first) > 0; });
  return merged;
}

}  // namespace revalo
