// DocumentSummary as bytes: how summaries travel from a worker to the host, sit in a store (output.sqlite's
// summaries table) and come back for a later run's corpus stage or a merge of shards. Little-endian
// fixed-width integers; a leading tag names the layout and the fingerprinting constants, so a summary
// written under other constants is refused rather than compared. Header-only.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

#include "docpipe/document_summary.hpp"

namespace docpipe {

namespace detail {

// Layout 2 fingerprints every digit as 0 (document_summary.hpp's Winnower); layout 1, its only difference,
// fingerprinted digits as written. A store of layout 1 is still read: its digit-free shingles hash as before, so
// it compares with a little less overlap where figures stand, rather than not at all.
inline std::string summary_tag(int layout = 2) {
  return "docpipe-summary-" + std::to_string(layout) + "/" + std::to_string(kShingleCharacters) + "/" +
         std::to_string(kWinnowingWindow);
}

class SummaryWriter {
 public:
  void u64(std::uint64_t value) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
  }
  void u32(std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
  }
  void f64(double value) {
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    u64(bits);
  }
  void text(std::string_view value) {
    u64(value.size());
    out_.append(value);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class SummaryReader {
 public:
  explicit SummaryReader(std::string_view in) : in_(in) {}
  std::uint64_t u64() { return unsigned_of(8); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(unsigned_of(4)); }
  double f64() {
    const std::uint64_t bits = u64();
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
  }
  std::string text() {
    const std::uint64_t size = u64();
    if (size > in_.size()) throw std::runtime_error("malformed document summary");
    std::string value(in_.substr(0, size));
    in_.remove_prefix(size);
    return value;
  }
  // A count of items, each at least one byte: bounds allocations on malformed bytes.
  std::size_t count() {
    const std::uint64_t n = u64();
    if (n > in_.size()) throw std::runtime_error("malformed document summary");
    return static_cast<std::size_t>(n);
  }
  bool done() const { return in_.empty(); }

 private:
  std::uint64_t unsigned_of(int bytes) {
    if (in_.size() < static_cast<std::size_t>(bytes)) throw std::runtime_error("truncated document summary");
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) value |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[i])) << (8 * i);
    in_.remove_prefix(bytes);
    return value;
  }
  std::string_view in_;
};

}  // namespace detail

inline std::string encode_summary(const DocumentSummary& s) {
  detail::SummaryWriter w;
  w.text(detail::summary_tag());
  for (const auto* field : {&s.id, &s.sha256, &s.format, &s.unit, &s.region, &s.year, &s.title, &s.date}) {
    w.text(*field);
  }
  w.u64(s.text_hash), w.u64(s.characters);
  w.u64(s.metrics.size());
  for (const auto& m : s.metrics) {
    w.text(m.code), w.text(m.indicator), w.text(m.unit), w.text(m.role), w.f64(m.value), w.u64(m.start), w.u64(m.end);
  }
  w.u64(s.sections.size());
  for (const auto& section : s.sections) {
    w.text(section.id), w.u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(section.level))),
        w.text(section.title);
  }
  w.u64(s.fingerprints.size());
  for (const auto& f : s.fingerprints) w.u64(f.hash), w.u32(f.start), w.u32(f.end);
  return w.take();
}

// Throws std::runtime_error for truncated or malformed bytes, or a summary of another layout or other
// fingerprinting constants.
inline DocumentSummary decode_summary(std::string_view bytes) {
  detail::SummaryReader r(bytes);
  if (const std::string tag = r.text(); tag != detail::summary_tag() && tag != detail::summary_tag(1)) {
    throw std::runtime_error("document summary of another kind ('" + tag + "', this docpipe reads '" +
                             detail::summary_tag() + "')");
  }
  DocumentSummary s;
  for (auto* field : {&s.id, &s.sha256, &s.format, &s.unit, &s.region, &s.year, &s.title, &s.date}) {
    *field = r.text();
  }
  s.text_hash = r.u64(), s.characters = r.u64();
  s.metrics.resize(r.count());
  for (auto& m : s.metrics) {
    m.code = r.text(), m.indicator = r.text(), m.unit = r.text(), m.role = r.text(), m.value = r.f64();
    m.start = r.u64(), m.end = r.u64();
  }
  s.sections.resize(r.count());
  for (auto& section : s.sections) {
    section.id = r.text(), section.level = static_cast<int>(static_cast<std::int64_t>(r.u64()));
    section.title = r.text();
  }
  s.fingerprints.resize(r.count());
  for (auto& f : s.fingerprints) f.hash = r.u64(), f.start = r.u32(), f.end = r.u32();
  if (!r.done()) throw std::runtime_error("malformed document summary: trailing bytes");
  return s;
}

}  // namespace docpipe
