// Tests of the batch input reader: CSV dialects (delimiters, quotes, BOM, CRLF) and JSON lines.
#include "batch_input.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace revalo;

TEST_CASE("CSV with a detected ';' delimiter, BOM, CRLF, quotes and a decimal comma") {
  std::istringstream in("\xEF\xBB\xBFposition;seniority;name\r\nemploye.2.1;7,5;\"Dupont; Marie\"\r\n\r\nC;3;\"a \"\"b\"\"\"\r\n");
  auto r = BatchReader::open(in, BatchFormat::Auto, 0);
  REQUIRE(r);
  CHECK(r->is_csv());
  CHECK(r->delimiter() == ';');
  CHECK(r->header() == std::vector<std::string>{"position", "seniority", "name"});
  BatchRecord rec;
  REQUIRE(r->next(rec));
  CHECK(rec.line == 2);
  CHECK(rec.values == std::vector<std::string>{"employe.2.1", "7,5", "Dupont; Marie"});
  REQUIRE(r->next(rec));
  CHECK(rec.line == 4);  // the blank line 3 is skipped
  CHECK(rec.values[2] == "a \"b\"");
  CHECK_FALSE(r->next(rec));
}

TEST_CASE("a record with the wrong number of fields is flagged, not dropped") {
  std::istringstream in("a,b\n1,2,3\n\"multi\nline\",x\n");
  auto r = BatchReader::open(in, BatchFormat::Csv, 0);
  REQUIRE(r);
  BatchRecord rec;
  REQUIRE(r->next(rec));
  CHECK(rec.error == "3 champs alors que l'en-tête en a 2");
  REQUIRE(r->next(rec));
  CHECK(rec.error.empty());
  CHECK(rec.line == 3);
  CHECK(rec.values[0] == "multi\nline");
}

TEST_CASE("tab-separated input and trimmed unquoted fields") {
  std::istringstream in("a\tb\n x \t\" y \"\n");
  auto r = BatchReader::open(in, BatchFormat::Auto, 0);
  REQUIRE(r);
  CHECK(r->delimiter() == '\t');
  BatchRecord rec;
  REQUIRE(r->next(rec));
  CHECK(rec.values == std::vector<std::string>{"x", " y "});
}

TEST_CASE("JSON lines keep numbers as written") {
  std::istringstream in("{\"position\": \"C\", \"seniority\": 7.5, \"hours\": 130, \"usb_member\": true}\n{bad\n{\"a\": [1]}\n");
  auto r = BatchReader::open(in, BatchFormat::Auto, 0);
  REQUIRE(r);
  CHECK_FALSE(r->is_csv());
  BatchRecord rec;
  REQUIRE(r->next(rec));
  CHECK(rec.line == 1);
  CHECK(rec.keys == std::vector<std::string>{"position", "seniority", "hours", "usb_member"});
  CHECK(rec.values == std::vector<std::string>{"C", "7.5", "130", "yes"});
  REQUIRE(r->next(rec));
  CHECK(rec.error.find("JSON invalide") == 0);
  REQUIRE(r->next(rec));
  CHECK(rec.error == "tableaux refusés dans une ligne");
}

TEST_CASE("empty input is unusable") {
  std::istringstream in("");
  CHECK_FALSE(BatchReader::open(in, BatchFormat::Auto, 0));
}

TEST_CASE("renamed columns: the header and each JSON record's keys, the written header kept") {
  auto upper_to_field = [](const std::string& n) { return n == "Ancienneté" ? std::string("seniority") : n; };
  std::istringstream csv("Matricule;Ancienneté\nA1;7\n");
  auto r = BatchReader::open(csv, BatchFormat::Auto, 0);
  REQUIRE(r);
  r->rename_columns(upper_to_field);
  CHECK(r->header() == std::vector<std::string>{"Matricule", "seniority"});
  CHECK(r->written_header() == std::vector<std::string>{"Matricule", "Ancienneté"});
  std::istringstream json("{\"Ancienneté\": 7}\n");
  auto j = BatchReader::open(json, BatchFormat::Auto, 0);
  REQUIRE(j);
  j->rename_columns(upper_to_field);
  BatchRecord rec;
  REQUIRE(j->next(rec));
  CHECK(rec.keys == std::vector<std::string>{"seniority"});
}
