#include "corpus_records.hpp"

#include <charconv>

namespace docpipe::corpus {

std::uint32_t Interner::id(const std::string& text) {
  const auto [found, inserted] = ids_.try_emplace(text, static_cast<std::uint32_t>(texts_.size() + 1));
  if (inserted) texts_.push_back(text);
  return found->second;
}

int parse_year(const std::string& text) {
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size() || year < 1949 || year > 2999) return 0;
  return year;
}

void Corpus::add(const DocumentSummary& summary, bool from_history) {
  CorpusRecord record;
  record.id = summary.id;
  record.sha256 = summary.sha256;
  record.format = summary.format;
  record.unit = summary.unit.empty() ? 0 : strings.id(summary.unit);
  record.year = parse_year(summary.year);
  record.from_history = from_history;
  record.text_hash = summary.text_hash;
  record.fingerprints = summary.fingerprints;
  record.fingerprints.shrink_to_fit();
  for (const auto& m : summary.metrics) {
    if (m.code.empty()) continue;  // the rules compare figures by indicator code
    record.metrics.push_back({strings.id(m.code + "|" + m.unit + "|" + m.indicator), strings.id(m.code + "|" + m.unit),
                              m.value, static_cast<std::uint32_t>(m.start), static_cast<std::uint32_t>(m.end)});
  }
  record.metrics.shrink_to_fit();
  records.push_back(std::move(record));
  if (!from_history) batch_size = records.size();
}

}  // namespace docpipe::corpus
