// duplicate-submission: the same text (up to white space) submitted more than once, in whatever formats.
#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

#include "corpus_rules.hpp"
#include "rule_ids.hpp"

namespace docpipe::corpus {

std::vector<bool> duplicate_submissions(const Corpus& corpus) {
  std::vector<bool> duplicate(corpus.batch_size, false);
  std::unordered_set<std::uint64_t> seen;
  for (std::size_t i = 0; i < corpus.batch_size; ++i) {
    const auto hash = corpus.records[i].text_hash;
    duplicate[i] = hash != 0 && !seen.insert(hash).second;  // no text: nothing to compare
  }
  return duplicate;
}

std::vector<PlacedFinding> find_duplicate_submissions(const Corpus& corpus) {
  std::vector<PlacedFinding> findings;
  std::unordered_map<std::uint64_t, std::size_t> first_with_text;
  for (std::size_t i = 0; i < corpus.batch_size; ++i) {
    const CorpusRecord& record = corpus.records[i];
    if (record.text_hash == 0) continue;  // no text: nothing to compare
    const auto [first, inserted] = first_with_text.try_emplace(record.text_hash, i);
    if (inserted) continue;
    const CorpusRecord& original = corpus.records[first->second];
    Finding f;
    f.document = record.id;
    f.rule = rule::duplicate_submission;
    f.severity = Severity::warning;
    f.other_document = original.id;
    f.message = fmt::format("与{}是同一份报告：除空白外文字完全相同", original.id);
    f.evidence = fmt::format("{} ({}, sha256 {}) = {} ({}, sha256 {})", record.id, record.format,
                             record.sha256.substr(0, 12), original.id, original.format, original.sha256.substr(0, 12));
    findings.push_back({i, std::move(f)});
  }
  return findings;
}

}  // namespace docpipe::corpus
