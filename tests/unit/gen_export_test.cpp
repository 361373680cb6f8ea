// The synthetic export generator (tools/gen): its output must be valid JSON
// with the real export's structure, and byte-identical for a given seed,
// because benchmarks and golden tests compare runs on that promise.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <regex>
#include <string>

#include "../../tools/gen/export.h"

namespace {

gen::Summary Generate(gen::MemorySink& sink, uint64_t size, uint64_t seed,
                      uint64_t shard = 1'000'000, int64_t giant = 0) {
  gen::Options opt;
  opt.size_bytes = size;
  opt.shard_bytes = shard;
  opt.seed = seed;
  opt.giant = giant;
  return gen::Exporter(opt, sink).run();
}

simdjson::dom::element Parse(simdjson::dom::parser& parser, const std::string& name,
                             const std::string& text) {
  simdjson::dom::element doc;
  auto err = parser.parse(simdjson::padded_string(text)).get(doc);
  EXPECT_EQ(err, simdjson::SUCCESS) << name << ": " << simdjson::error_message(err);
  return doc;
}

TEST(GenEscape, MatchesPythonJsonDumps) {
  struct Case {
    std::string in;
    bool ascii;
    std::string want;
  };
  const Case cases[] = {
      {"plain", false, "plain"},
      {"say \"hi\"\\", false, "say \\\"hi\\\"\\\\"},
      {"a\nb\tc\r", true, "a\\nb\\tc\\r"},
      {std::string("\x01", 1), false, "\\u0001"},
      {"caf\xc3\xa9", false, "caf\xc3\xa9"},
      {"caf\xc3\xa9", true, "caf\\u00e9"},
      {"\xf0\x9f\x8e\x89", true, "\\ud83c\\udf89"},  // emoji: surrogate pair
      {"\xee\x88\x80"
       "cite",
       true, "\\ue200cite"},  // citation marker
  };
  for (const auto& c : cases) EXPECT_EQ(gen::escape(c.in, c.ascii), c.want) << c.in;
}

TEST(GenCorpus, IsValidUtf8) {
  gen::Catalog cat(1);
  for (const auto* pool : {&cat.english, &cat.spanish, &cat.korean, &cat.user_ko, &cat.intl, &cat.code,
                           &cat.thoughts})
    for (const auto& f : *pool) EXPECT_TRUE(simdjson::validate_utf8(f.utf8)) << f.utf8;
}

TEST(GenExport, EveryFileIsValidJsonAndShardsRespectTheLimit) {
  gen::MemorySink sink;
  gen::Summary sum = Generate(sink, 3'000'000, 42);
  ASSERT_GE(sum.conversation_files.size(), 3u);
  simdjson::dom::parser parser;
  int64_t conversations = 0, messages = 0;
  for (const auto& f : sum.conversation_files) {
    const std::string& text = sink.files.at(f.name);
    EXPECT_EQ(text.size(), f.bytes) << f.name;
    EXPECT_LE(text.size(), 1'000'000u) << f.name;
    simdjson::dom::array convs;
    ASSERT_EQ(Parse(parser, f.name, text).get_array().get(convs), simdjson::SUCCESS) << f.name;
    for (simdjson::dom::element c : convs) {
      ++conversations;
      simdjson::dom::object mapping;
      if (c["mapping"].get_object().get(mapping) != simdjson::SUCCESS) continue;  // some have none
      for (auto [id, node] : mapping) messages += node["message"].is_null() ? 0 : 1;
    }
  }
  EXPECT_EQ(conversations, sum.conversations);
  EXPECT_EQ(messages, sum.messages);
  for (const auto& [name, text] : sink.files)
    if (name.ends_with(".json")) Parse(parser, name, text);
  std::string_view first;
  ASSERT_EQ(
      Parse(parser, "manifest", sink.files.at("export_manifest.json"))["conversations"]["files"]
          .at(0)["name"]
          .get(first),
      simdjson::SUCCESS);
  EXPECT_EQ(first, "conversations-000.json");
  EXPECT_TRUE(sink.files.count("user.json") && sink.files.count("chat.html"));
}

TEST(GenExport, SameSeedSameBytesOtherSeedOtherBytes) {
  gen::MemorySink a, b, c;
  Generate(a, 1'500'000, 7);
  Generate(b, 1'500'000, 7);
  Generate(c, 1'500'000, 8);
  EXPECT_EQ(a.files, b.files);
  EXPECT_NE(a.files.at("conversations-000.json"), c.files.at("conversations-000.json"));
}

TEST(GenExport, GizmoIdsHaveTheRealShapes) {
  gen::MemorySink sink;
  gen::Summary sum = Generate(sink, 6'000'000, 3, 50'000'000);
  simdjson::dom::parser parser;
  const std::regex project("g-p-[0-9a-f]{32}"), gpt("g-[A-Za-z0-9]{9,12}");
  int projects = 0, gpts = 0;
  simdjson::dom::array convs =
      Parse(parser, "shard", sink.files.at(sum.conversation_files[0].name)).get_array();
  for (simdjson::dom::element c : convs) {
    std::string_view g, tpl, type;
    if (c["gizmo_id"].get(g) != simdjson::SUCCESS) continue;
    std::string id(g);
    ASSERT_EQ(c["conversation_template_id"].get(tpl), simdjson::SUCCESS);
    EXPECT_EQ(tpl, g);
    if (id.starts_with("g-p-")) {
      EXPECT_TRUE(std::regex_match(id, project)) << id;
      ++projects;
    } else {
      EXPECT_TRUE(std::regex_match(id, gpt)) << id;
      ASSERT_EQ(c["gizmo_type"].get(type), simdjson::SUCCESS);
      EXPECT_EQ(type, "gpt");
      ++gpts;
    }
  }
  EXPECT_GT(projects, 0);
  EXPECT_GT(gpts, 0);
}

TEST(GenExport, GiantConversationIsOneChain) {
  gen::MemorySink sink;
  Generate(sink, 10'000, 1, 50'000'000, /*giant=*/3000);
  simdjson::dom::parser parser;
  simdjson::dom::element giant =
      Parse(parser, "shard", sink.files.at("conversations-000.json")).at(0);
  simdjson::dom::object mapping = giant["mapping"].get_object();
  EXPECT_EQ(mapping.size(), 3001u);  // root + 3000 messages
  for (auto [id, node] : mapping) EXPECT_LE(node["children"].get_array().size(), 1u) << id;
}

}  // namespace
