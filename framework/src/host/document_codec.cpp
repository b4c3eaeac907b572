#include "document_codec.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "docpipe/summary_codec.hpp"

namespace docpipe::host {

namespace {

// Writes a message, or only counts its bytes: a large document is counted first and then written into a
// buffer of exactly its size, so encoding never holds twice its size while a growing string is copied.
class Writer {
 public:
  explicit Writer(bool counting) : counting_(counting) {}
  void u64(std::uint64_t value) { append(std::string_view(reinterpret_cast<const char*>(&value), sizeof value)); }
  void f64(double value) { append(std::string_view(reinterpret_cast<const char*>(&value), sizeof value)); }
  void text(std::string_view value) {
    u64(value.size());
    append(value);
  }
  void optional_int(const std::optional<int>& value) {
    u64(value.has_value());
    if (value) u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(*value)));
  }
  void pairs(const std::vector<std::pair<std::string, std::string>>& values) {
    u64(values.size());
    for (const auto& [key, value] : values) text(key), text(value);
  }
  std::size_t size() const { return counting_ ? counted_ : out_.size(); }
  void reserve(std::size_t size) { out_.reserve(size); }
  std::string take() { return std::move(out_); }

 private:
  void append(std::string_view bytes) {
    if (counting_) {
      counted_ += bytes.size();
    } else {
      out_.append(bytes);
    }
  }
  bool counting_;
  std::size_t counted_ = 0;
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::uint64_t u64() {
    std::uint64_t value;
    take(&value, sizeof value);
    return value;
  }
  double f64() {
    double value;
    take(&value, sizeof value);
    return value;
  }
  std::string text() {
    const std::uint64_t size = u64();
    if (size > in_.size()) throw std::runtime_error("malformed document message");
    std::string value(in_.substr(0, size));
    in_.remove_prefix(size);
    return value;
  }
  std::optional<int> optional_int() {
    if (u64() == 0) return std::nullopt;
    return static_cast<int>(static_cast<std::int64_t>(u64()));
  }
  std::vector<std::pair<std::string, std::string>> pairs() {
    std::vector<std::pair<std::string, std::string>> values(count());
    for (auto& [key, value] : values) key = text(), value = text();
    return values;
  }
  // A count of items, each at least one byte: bounds allocations on a malformed message.
  std::size_t count() {
    const std::uint64_t n = u64();
    if (n > in_.size()) throw std::runtime_error("malformed document message");
    return static_cast<std::size_t>(n);
  }
  bool done() const { return in_.empty(); }
  std::size_t remaining() const { return in_.size(); }

 private:
  void take(void* target, std::size_t size) {
    if (in_.size() < size) throw std::runtime_error("truncated document message");
    std::memcpy(target, in_.data(), size);
    in_.remove_prefix(size);
  }
  std::string_view in_;
};

}  // namespace

namespace {

void write_processed_document(Writer& w, const ProcessedDocument& processed, const std::string* summary) {
  const Document& d = processed.document;
  w.u64(processed.input_node.has_value());
  w.u64(processed.input_node.value_or(0));
  w.text(d.id), w.text(d.source.string()), w.text(d.format), w.text(d.encoding);
  w.pairs(d.metadata.entries());
  w.text(d.text);
  w.u64(d.blocks.size());
  for (const auto& b : d.blocks) {
    w.u64(static_cast<std::uint64_t>(b.kind)), w.u64(b.start), w.u64(b.end);
    w.optional_int(b.heading_level), w.text(b.numbering_label), w.optional_int(b.page);
    w.optional_int(b.table), w.optional_int(b.row), w.optional_int(b.column), w.text(b.style);
  }
  w.u64(d.sections.size());
  for (const auto& s : d.sections) {
    w.text(s.id), w.text(s.parent), w.u64(static_cast<std::uint64_t>(s.level)), w.text(s.number), w.text(s.title);
    w.u64(s.kinds.size());
    for (const auto& kind : s.kinds) w.text(kind);
    w.u64(s.start), w.u64(s.end);
  }
  w.u64(d.metrics.size());
  for (const auto& m : d.metrics) {
    w.text(m.section), w.text(m.indicator), w.text(m.code), w.f64(m.value);
    w.u64(m.value_max.has_value()), w.f64(m.value_max.value_or(0));
    w.text(m.unit), w.text(m.qualifier), w.text(m.text), w.u64(m.start), w.u64(m.end), w.text(m.part);
    w.text(m.id), w.text(m.role), w.text(m.of), w.optional_int(m.page);
  }
  w.u64(d.anomalies.size());
  for (const auto& a : d.anomalies) {
    w.text(a.rule), w.u64(static_cast<std::uint64_t>(a.severity)), w.text(a.section), w.text(a.message);
    w.text(a.evidence), w.u64(a.start), w.u64(a.end), w.text(a.heading), w.optional_int(a.page);
  }
  w.u64(d.layers.size());
  for (const auto& [name, annotations] : d.layers) {
    w.text(name);
    w.u64(annotations.size());
    for (const auto& a : annotations) w.u64(a.start), w.u64(a.end), w.text(a.type), w.pairs(a.attributes);
  }
  w.u64(static_cast<std::uint64_t>(d.status));
  w.text(d.error);
  w.u64(summary != nullptr);
  if (summary) w.text(*summary);
  // Only a worker's message holds rendered outputs; a record without them reads as it always has.
  if (!processed.rendered.empty()) {
    w.u64(processed.rendered.size());
    for (const auto& rendered : processed.rendered) w.u64(rendered.node), w.text(rendered.bytes);
  }
}

}  // namespace

std::string encode_processed_document(const ProcessedDocument& processed) {
  const std::string summary = processed.summary ? encode_summary(*processed.summary) : std::string();
  const std::string* summary_or_none = processed.summary ? &summary : nullptr;
  Writer counter(true);
  write_processed_document(counter, processed, summary_or_none);
  Writer w(false);
  w.reserve(counter.size());
  write_processed_document(w, processed, summary_or_none);
  return w.take();
}

namespace {

// `record_size`, if given, receives the size of the part before the rendered outputs.
ProcessedDocument decode(std::string_view bytes, std::size_t* record_size) {
  Reader r(bytes);
  ProcessedDocument processed;
  const bool has_input = r.u64() != 0;
  const std::uint64_t input = r.u64();
  if (has_input) processed.input_node = static_cast<std::size_t>(input);
  Document& d = processed.document;
  d.id = r.text(), d.source = r.text(), d.format = r.text(), d.encoding = r.text();
  for (auto& [key, value] : r.pairs()) d.metadata.add(std::move(key), std::move(value));
  d.text = r.text();
  d.blocks.resize(r.count());
  for (auto& b : d.blocks) {
    b.kind = static_cast<BlockKind>(r.u64()), b.start = r.u64(), b.end = r.u64();
    b.heading_level = r.optional_int(), b.numbering_label = r.text(), b.page = r.optional_int();
    b.table = r.optional_int(), b.row = r.optional_int(), b.column = r.optional_int(), b.style = r.text();
  }
  d.sections.resize(r.count());
  for (auto& s : d.sections) {
    s.id = r.text(), s.parent = r.text(), s.level = static_cast<int>(r.u64()), s.number = r.text(), s.title = r.text();
    s.kinds.resize(r.count());
    for (auto& kind : s.kinds) kind = r.text();
    s.start = r.u64(), s.end = r.u64();
  }
  d.metrics.resize(r.count());
  for (auto& m : d.metrics) {
    m.section = r.text(), m.indicator = r.text(), m.code = r.text(), m.value = r.f64();
    const bool has_max = r.u64() != 0;
    const double max = r.f64();
    if (has_max) m.value_max = max;
    m.unit = r.text(), m.qualifier = r.text(), m.text = r.text(), m.start = r.u64(), m.end = r.u64(), m.part = r.text();
    m.id = r.text(), m.role = r.text(), m.of = r.text(), m.page = r.optional_int();
  }
  d.anomalies.resize(r.count());
  for (auto& a : d.anomalies) {
    a.rule = r.text(), a.severity = static_cast<Severity>(r.u64()), a.section = r.text(), a.message = r.text();
    a.evidence = r.text(), a.start = r.u64(), a.end = r.u64(), a.heading = r.text(), a.page = r.optional_int();
  }
  for (std::size_t layers = r.count(); layers > 0; --layers) {
    auto& annotations = d.layers[r.text()];
    annotations.resize(r.count());
    for (auto& a : annotations) a.start = r.u64(), a.end = r.u64(), a.type = r.text(), a.attributes = r.pairs();
  }
  d.status = static_cast<DocumentStatus>(r.u64());
  d.error = r.text();
  if (r.u64() != 0) processed.summary = decode_summary(r.text());
  if (record_size != nullptr) *record_size = bytes.size() - r.remaining();
  if (!r.done()) {
    processed.rendered.resize(r.count());
    for (auto& rendered : processed.rendered)
      rendered.node = static_cast<std::size_t>(r.u64()), rendered.bytes = r.text();
  }
  if (!r.done()) throw std::runtime_error("malformed document message: trailing bytes");
  return processed;
}

}  // namespace

ProcessedDocument decode_processed_document(std::string_view bytes) { return decode(bytes, nullptr); }

ProcessedDocument decode_worker_result(std::string message) {
  std::size_t record_size = 0;
  ProcessedDocument processed = decode(message, &record_size);
  // The rendered outputs (copied out by decode) are cut off, and the record keeps the message's buffer: no
  // second copy of the text per document. A buffer mostly of rendered bytes (a large piece rendered in the
  // worker) would wait in the reorder window beside their copies, so that record is copied out instead.
  if (message.size() - record_size > record_size) {
    processed.record.assign(message, 0, record_size);
  } else {
    message.resize(record_size);
    processed.record = std::move(message);
  }
  return processed;
}

std::string encode_worker_job(const InputItem& item, const std::optional<std::string>& bytes) {
  Writer w(false);
  w.text(item.id), w.text(item.path.string()), w.text(item.error), w.text(item.display);
  w.u64(item.notes.size());
  for (const auto& note : item.notes) w.text(note);
  w.u64(bytes.has_value());
  if (bytes) w.text(*bytes);
  return w.take();
}

WorkerJob decode_worker_job(std::string_view message) {
  Reader r(message);
  WorkerJob job;
  job.item.id = r.text(), job.item.path = r.text(), job.item.error = r.text(), job.item.display = r.text();
  for (std::uint64_t notes = r.u64(); notes > 0; --notes) job.item.notes.push_back(r.text());
  if (r.u64() != 0) job.bytes = r.text();
  if (!r.done()) throw std::runtime_error("malformed job message: trailing bytes");
  return job;
}

}  // namespace docpipe::host
