// svg_check: checks that a chart written by revalo (SVG, or the HTML page, which is written as XML-compatible
// markup) is well-formed XML, self-contained, and shows the expected texts. Test tool for tests/charts.cmake.
//
//   svg_check FILE [--expect TEXT]... [--quiet]
//   svg_check --self-test      (the checker on small good and bad documents of its own)
//
// A small recursive-descent XML 1.0 parser of its own, independent of the writer it checks (no Debian package
// needed: libxml2's xmllint would do the well-formedness part, but not the text expectations nor the checks below,
// and a test tool that is 300 lines of plain C++ builds everywhere revalo builds). It checks: UTF-8 and XML
// characters, the prolog (XML declaration, comments, a DOCTYPE without internal subset), one root element, balanced
// and matching tags, quoted attributes without duplicates or '<', entity and character references (only XML's five
// named entities: an HTML-only one like &nbsp; would break the page as XML), CDATA, comments and processing
// instructions. Then what a chart needs: at least one <svg> element with the SVG namespace, a viewBox, a width, a
// height and a <title>; nothing fetched from outside (no script, link, iframe, object or embed element; href and src
// only to '#…' or 'data:'; no url() or @import to elsewhere in style).
//
// It prints the text of each <text> element (what the chart draws), then checks that each --expect TEXT occurs in
// the document's text (all character data, white space collapsed, a space at each tag). Exit code: 0 all good,
// 1 an expected text is missing, 2 the file is malformed, not self-contained, or cannot be read.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Malformed {
  std::string what;
  std::size_t at;
};

struct Element {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::vector<std::string> children;  // names of the child elements
};

class Parser {
 public:
  explicit Parser(std::string text) : s_(std::move(text)) {}

  void parse_document() {
    if (s_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    check_characters();
    if (s_.compare(pos_, 6, "<?xml ") == 0) skip_until("?>", "déclaration XML non terminée");
    misc();
    if (s_.compare(pos_, 9, "<!DOCTYPE") == 0) {
      const std::size_t end = s_.find_first_of("[>", pos_);
      if (end == std::string::npos) fail("DOCTYPE non terminé");
      if (s_[end] == '[') fail("DOCTYPE avec sous-ensemble interne : non pris en charge");
      pos_ = end + 1;
      misc();
    }
    if (!peek('<')) fail("élément racine attendu");
    root_ = element();
    misc();
    if (pos_ != s_.size()) fail("contenu après l'élément racine");
  }

  const std::string& root() const { return root_; }
  const std::vector<std::string>& texts() const { return texts_; }  // content of each <text> element
  const std::string& all_text() const { return all_text_; }
  std::size_t element_count() const { return element_count_; }
  std::size_t svg_count() const { return svg_count_; }

  // "ligne 12, colonne 5" for an offset (columns in bytes).
  std::string where(std::size_t at) const {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < at && i < s_.size(); ++i) {
      if (s_[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    return "ligne " + std::to_string(line) + ", colonne " + std::to_string(col);
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw Malformed{what, pos_}; }
  bool peek(char c) const { return pos_ < s_.size() && s_[pos_] == c; }
  bool at(const char* lit) const { return s_.compare(pos_, std::char_traits<char>::length(lit), lit) == 0; }
  void expect(const char* lit, const std::string& what) {
    if (!at(lit)) fail(what + " attendu");
    pos_ += std::char_traits<char>::length(lit);
  }
  static bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  bool skip_space() {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && space(s_[pos_])) ++pos_;
    return pos_ > start;
  }
  std::string skip_until(const char* end, const char* what) {
    const std::size_t found = s_.find(end, pos_);
    if (found == std::string::npos) fail(what);
    std::string inside = s_.substr(pos_, found - pos_);
    pos_ = found + std::char_traits<char>::length(end);
    return inside;
  }

  // UTF-8 well-formed and only characters XML 1.0 allows (no control characters but tab, LF, CR).
  void check_characters() {
    for (std::size_t i = 0; i < s_.size();) {
      const auto b = static_cast<unsigned char>(s_[i]);
      std::size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
      std::uint32_t cp = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
      if (len == 0 || b > 0xF4 || i + len > s_.size()) len = 0;
      for (std::size_t k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(s_[i + k]);
        if ((c & 0xC0) != 0x80) len = 0;
        cp = (cp << 6) | (c & 0x3F);
      }
      const std::uint32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
      if (len == 0 || cp < min_for_len[len] || !xml_char(cp)) {
        pos_ = i;
        fail(len == 0 ? "UTF-8 invalide" : "caractère interdit en XML");
      }
      i += len;
    }
  }
  static bool xml_char(std::uint32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  void misc() {
    for (;;) {
      skip_space();
      if (at("<!--")) comment();
      else if (at("<?")) processing_instruction();
      else return;
    }
  }
  void comment() {
    pos_ += 4;
    const std::string inside = skip_until("-->", "commentaire non terminé");
    if (inside.find("--") != std::string::npos || inside.ends_with("-")) fail("« -- » dans un commentaire");
  }
  void processing_instruction() {
    pos_ += 2;
    skip_until("?>", "instruction de traitement non terminée");
  }

  std::string name() {
    const std::size_t start = pos_;
    const auto name_char = [](char c, bool first) {
      const auto u = static_cast<unsigned char>(c);
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || u >= 0x80 ||
             (!first && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
    };
    while (pos_ < s_.size() && name_char(s_[pos_], pos_ == start)) ++pos_;
    if (pos_ == start) fail("nom attendu");
    return s_.substr(start, pos_ - start);
  }

  // &lt; &gt; &amp; &quot; &apos; &#233; &#xE9; → the character, in UTF-8.
  std::string reference() {
    ++pos_;  // '&'
    std::uint32_t cp = 0;
    if (peek('#')) {
      ++pos_;
      const bool hex = peek('x');
      if (hex) ++pos_;
      const std::size_t start = pos_;
      for (; pos_ < s_.size() && s_[pos_] != ';'; ++pos_) {
        const char c = s_[pos_];
        int digit = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                   : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0 || cp > 0x10FFFF) fail("référence de caractère invalide");
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
      }
      if (pos_ == start || !peek(';') || !xml_char(cp)) fail("référence de caractère invalide");
      ++pos_;
    } else {
      const std::string n = name();
      if (!peek(';')) fail("« ; » attendu après &" + n);
      ++pos_;
      static const std::map<std::string, std::uint32_t> named = {
          {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
      const auto found = named.find(n);
      if (found == named.end()) fail("entité inconnue en XML : &" + n + ";");
      cp = found->second;
    }
    // In UTF-8 (written here rather than shared with src/kali_html.cpp: this tool does not link the code it checks).
    if (cp < 0x80) return std::string(1, static_cast<char>(cp));
    const int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
    const unsigned lead[] = {0, 0xC0, 0xE0, 0xF0};
    std::string out(1, static_cast<char>(lead[extra] | (cp >> (6 * extra))));
    for (int k = extra - 1; k >= 0; --k) out += static_cast<char>(0x80 | ((cp >> (6 * k)) & 0x3F));
    return out;
  }

  std::string attribute_value() {
    if (!peek('"') && !peek('\'')) fail("valeur d'attribut entre guillemets attendue");
    const char quote = s_[pos_++];
    std::string value;
    for (;;) {
      if (pos_ >= s_.size()) fail("valeur d'attribut non terminée");
      const char c = s_[pos_];
      if (c == quote) break;
      if (c == '<') fail("« < » dans une valeur d'attribut");
      if (c == '&') value += reference();
      else value += s_[pos_++];
    }
    ++pos_;
    return value;
  }

  // Appends decoded character data to the document text and to every <text> element being read.
  void add_text(const std::string& t) {
    all_text_ += t;
    for (std::size_t i : open_texts_) texts_[i] += t;
  }

  // Returns the element's name; checks it and its content recursively.
  std::string element() {
    const std::size_t start = pos_;
    ++pos_;  // '<'
    Element e;
    e.name = name();
    ++element_count_;
    while (true) {
      const bool had_space = skip_space();
      if (peek('>') || at("/>")) break;
      if (!had_space) fail("espace attendue avant un attribut");
      const std::string attr = name();
      skip_space();
      expect("=", "« = » après l'attribut " + attr);
      skip_space();
      if (e.attributes.count(attr)) fail("attribut en double : " + attr);
      e.attributes[attr] = attribute_value();
    }
    check_self_contained(e, start);
    all_text_ += ' ';
    const bool is_text = e.name == "text";
    if (is_text) {
      open_texts_.push_back(texts_.size());
      texts_.emplace_back();
    }
    if (at("/>")) {
      pos_ += 2;
    } else {
      ++pos_;  // '>'
      content(e);
      const std::size_t close = pos_;
      pos_ += 2;  // "</"
      const std::string closing = name();
      skip_space();
      expect(">", "« > » à la fin de </" + closing + ">");
      if (closing != e.name) {
        pos_ = close;
        fail("balise fermante </" + closing + "> pour <" + e.name + "> (" + where(start) + ")");
      }
    }
    if (is_text) open_texts_.pop_back();
    all_text_ += ' ';
    if (e.name == "svg") check_svg(e, start);
    return e.name;
  }

  void content(Element& e) {
    std::string style;  // text of a <style> element, checked for external resources
    for (;;) {
      if (pos_ >= s_.size()) fail("fin de fichier dans <" + e.name + ">");
      if (at("</")) break;
      if (at("<!--")) {
        comment();
      } else if (at("<![CDATA[")) {
        pos_ += 9;
        const std::string cdata = skip_until("]]>", "section CDATA non terminée");
        add_text(cdata);
        style += cdata;
      } else if (at("<?")) {
        processing_instruction();
      } else if (peek('<')) {
        e.children.push_back(element());
      } else if (peek('&')) {
        const std::string r = reference();
        add_text(r);
        style += r;
      } else {
        const std::size_t end = s_.find_first_of("<&", pos_);
        const std::string chars = s_.substr(pos_, end == std::string::npos ? std::string::npos : end - pos_);
        if (chars.find("]]>") != std::string::npos) fail("« ]]> » dans le texte");
        add_text(chars);
        style += chars;
        pos_ += chars.size();
      }
    }
    if (e.name == "style") check_style(style);
  }

  // Nothing fetched from elsewhere: the chart must read the same offline and once printed.
  void check_self_contained(const Element& e, std::size_t start) {
    static const std::set<std::string> external = {"script", "link", "iframe", "object", "embed"};
    if (external.count(e.name)) throw Malformed{"élément <" + e.name + "> : le document doit être autonome", start};
    for (const auto& [attr, value] : e.attributes) {
      if (attr != "href" && attr != "src" && attr != "xlink:href") continue;
      if (!value.starts_with("#") && !value.starts_with("data:"))
        throw Malformed{"attribut " + attr + "=\"" + value + "\" : ressource externe", start};
    }
    if (e.attributes.count("style")) check_style(e.attributes.at("style"));
  }
  void check_style(const std::string& css) {
    if (css.find("@import") != std::string::npos) fail("@import dans une feuille de style : ressource externe");
    for (auto at = css.find("url("); at != std::string::npos; at = css.find("url(", at + 4)) {
      std::size_t v = at + 4;
      while (v < css.size() && (css[v] == '"' || css[v] == '\'' || css[v] == ' ')) ++v;
      if (css.compare(v, 1, "#") != 0 && css.compare(v, 5, "data:") != 0) fail("url() externe dans le style");
    }
  }
  void check_svg(const Element& e, std::size_t start) {
    ++svg_count_;
    const auto attr = [&](const char* n) { return e.attributes.count(n) ? e.attributes.at(n) : std::string(); };
    std::string missing;
    if (attr("xmlns") != "http://www.w3.org/2000/svg") missing += " xmlns=\"http://www.w3.org/2000/svg\"";
    for (const char* n : {"viewBox", "width", "height"})
      if (attr(n).empty()) missing += std::string(" ") + n;
    bool has_title = false;
    for (const auto& c : e.children) has_title |= c == "title";
    if (!has_title) missing += " <title>";
    if (!missing.empty()) throw Malformed{"<svg> sans :" + missing, start};
  }

  std::string s_;
  std::size_t pos_ = 0;
  std::string root_;
  std::vector<std::string> texts_;
  std::vector<std::size_t> open_texts_;
  std::string all_text_;
  std::size_t element_count_ = 0, svg_count_ = 0;
};

std::string collapse_space(const std::string& s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending = true;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

// --self-test: the checker must reject each kind of fault it claims to find (run by CTest, tests/charts.cmake).
int self_test() {
  const std::string svg_open =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\" width=\"1\" height=\"1\">";
  const std::string good = svg_open + "<title>t</title><text>Point 5,77&#160;&#x20AC; &amp; &lt;A&gt;</text></svg>";
  const std::vector<std::pair<std::string, bool>> cases = {
      {good, true},
      {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->\n" + good + "\n", true},
      {"<!DOCTYPE html>\n<html lang=\"fr\"><body><p>a<br/>b</p>" + good + "</body></html>", true},
      {svg_open + "<title>t</title><![CDATA[<x>]]><?pi x?></svg>", true},
      {svg_open + "<title>t</title><text>a</svg>", false},              // unclosed
      {svg_open + "<title>t</title><text>a</tspan></text></svg>", false},  // mismatched
      {svg_open + "<title>t</title></svg><svg/>", false},              // two roots
      {svg_open + "<title>t</title><text x=1>a</text></svg>", false},  // unquoted attribute
      {svg_open + "<title>t</title><text x=\"1\" x=\"2\">a</text></svg>", false},
      {svg_open + "<title>t</title><text>A & B</text></svg>", false},       // bare &
      {svg_open + "<title>t</title><text>1&nbsp;€</text></svg>", false},    // HTML-only entity
      {svg_open + "<title>t</title><text>a < b</text></svg>", false},
      {svg_open + "<title>t</title><text>\x01</text></svg>", false},        // control character
      {svg_open + "<title>t</title><text>\xC3</text></svg>", false},        // invalid UTF-8
      {svg_open + "<title>t</title><!-- a -- b --></svg>", false},
      {svg_open + "<title>t</title><script>x()</script></svg>", false},     // not self-contained
      {svg_open + "<title>t</title><image href=\"http://x/y.png\"/></svg>", false},
      {svg_open + "<title>t</title><style>@import url(x.css);</style></svg>", false},
      {svg_open + "<text>pas de titre</text></svg>", false},
      {"<svg viewBox=\"0 0 1 1\" width=\"1\" height=\"1\"><title>t</title></svg>", false},  // no namespace
      {"<html><body><p>pas de svg</p></body></html>", false},
      {"", false},
  };
  int wrong = 0;
  for (const auto& [input, ok] : cases) {
    Parser p(input);
    bool passed = true;
    try {
      p.parse_document();
      passed = p.svg_count() > 0;
    } catch (const Malformed&) {
      passed = false;
    }
    if (passed != ok) {
      std::cerr << "svg_check --self-test : " << (ok ? "rejeté à tort" : "accepté à tort") << " : " << input
                << "\n";
      ++wrong;
    }
  }
  Parser p(good);
  p.parse_document();
  if (p.texts().size() != 1 || p.texts()[0] != "Point 5,77\u00A0\u20AC & <A>") {
    std::cerr << "svg_check --self-test : texte mal décodé\n";
    ++wrong;
  }
  std::cout << cases.size() + 1 - wrong << " passed, " << wrong << " failed\n";
  return wrong ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "--self-test") return self_test();
  std::string file;
  std::vector<std::string> expected;
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--expect" && i + 1 < argc) expected.push_back(argv[++i]);
    else if (arg == "--quiet") quiet = true;
    else if (file.empty() && !arg.starts_with("--")) file = arg;
    else file.clear(), i = argc;  // unknown option: usage below
  }
  if (file.empty()) {
    std::cerr << "usage : svg_check FICHIER [--expect TEXTE]... [--quiet]\n";
    return 2;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "svg_check : impossible de lire " << file << "\n";
    return 2;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  Parser parser(buffer.str());
  try {
    parser.parse_document();
    if (parser.svg_count() == 0) throw Malformed{"aucun élément <svg>", 0};
  } catch (const Malformed& m) {
    std::cerr << "svg_check : " << file << " : " << parser.where(m.at) << " : " << m.what << "\n";
    return 2;
  }
  if (!quiet)
    for (const auto& t : parser.texts()) std::cout << "texte : " << collapse_space(t) << "\n";
  const std::string text = collapse_space(parser.all_text());
  int missing = 0;
  for (const auto& e : expected) {
    if (text.find(collapse_space(e)) != std::string::npos) continue;
    std::cerr << "svg_check : " << file << " : texte attendu absent : « " << e << " »\n";
    ++missing;
  }
  std::cout << "svg_check : " << file << " : XML bien formé, autonome (<" << parser.root() << ">, "
            << parser.element_count() << " éléments, " << parser.svg_count() << " <svg>, " << parser.texts().size()
            << " <text>), " << expected.size() - missing << "/" << expected.size() << " textes attendus trouvés\n";
  return missing ? 1 : 0;
}
