// One Document as a JSON object: the content of the XML output (docs/output-formats.md), for output.json's
// documents.jsonl and for `docpipe serve`'s answers, which must be the same bytes. Keys come in a fixed
// order and every string is valid UTF-8, so the same document always serializes to the same bytes.
// Uses Boost.JSON: a plugin that includes this header links Boost::json (it is not in docpipe.hpp).
#pragma once

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "docpipe/decimal.hpp"
#include "docpipe/document.hpp"
#include "docpipe/text.hpp"

namespace docpipe::json {

// `text` with every byte that does not start or continue a valid UTF-8 sequence replaced by U+FFFD: ids,
// paths and error messages may carry any bytes, JSON strings may not.
inline std::string utf8_safe(std::string_view text) {
  if (is_well_formed_utf8(text)) return std::string(text);  // nearly all text: one scan, one copy
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80             ? 1
                         : (lead & 0xE0) == 0xC0 ? 2
                         : (lead & 0xF0) == 0xE0 ? 3
                         : (lead & 0xF8) == 0xF0 ? 4
                                                 : 0;
    char32_t code_point = length == 1   ? lead
                          : length == 2 ? (lead & 0x1F)
                          : length == 3 ? (lead & 0x0F)
                                        : (lead & 0x07);
    bool valid = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      valid = (next & 0xC0) == 0x80;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    valid = valid && code_point >= kMinimum[length] && code_point <= 0x10FFFF &&
            !(code_point >= 0xD800 && code_point <= 0xDFFF);
    if (valid) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      append_utf8(out, 0xFFFD);
      ++i;
    }
  }
  return out;
}

inline boost::json::string string_value(std::string_view text) { return boost::json::string(utf8_safe(text)); }

// Optional fields are written only when set, as in the XML; offsets always.
inline void put_if(boost::json::object& object, std::string_view key, std::string_view value) {
  if (!value.empty()) object[key] = string_value(value);
}
inline void put_if(boost::json::object& object, std::string_view key, const std::optional<int>& value) {
  if (value) object[key] = *value;
}

// Writes JSON text straight into one string, in the order its calls come: what building a boost::json::value
// of a whole document and serializing it wrote, without the tree (its allocations were most of the cost).
// Strings and keys are escaped by Boost.JSON's serializer, so the bytes are the library's.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A key of the object open now; its value is the next call.
  void key(std::string_view name) {
    separate();
    append_string(name);
    out_ += ':';
    after_key_ = true;
  }

  void string(std::string_view text) {
    separate();
    append_string(text);
  }
  void integer(std::int64_t value) {
    separate();
    out_ += std::to_string(value);
  }
  void unsigned_integer(std::uint64_t value) {
    separate();
    out_ += std::to_string(value);
  }
  // Whole numbers as integers, other values as plain shortest round-trip decimals (98.5, never 9.85E1), as
  // in every other docpipe output; null for what is no number.
  void number(double value) {
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < kExactIntegers) {
      integer(static_cast<std::int64_t>(value));
      return;
    }
    separate();
    const std::string decimal = std::isfinite(value) ? format_decimal(value) : std::string();
    out_ += decimal.empty() ? "null" : decimal;
  }

  // key and value, for the optional fields written only when set (as in the XML)
  void string_if(std::string_view name, std::string_view text) {
    if (!text.empty()) key(name), string(text);
  }
  void integer_if(std::string_view name, const std::optional<int>& value) {
    if (value) key(name), integer(*value);
  }

 private:
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) out_ += ',';
      first_.back() = false;
    }
  }
  void open(char bracket) {
    separate();
    out_ += bracket;
    first_.push_back(true);
  }
  void close(char bracket) {
    out_ += bracket;
    first_.pop_back();
  }
  // Invalid UTF-8 (ids, paths and error messages may carry any bytes) as U+FFFD.
  void append_string(std::string_view text) {
    const std::string safe = is_well_formed_utf8(text) ? std::string() : utf8_safe(text);
    serializer_.reset(safe.empty() ? text : std::string_view(safe));
    char buffer[512];
    while (!serializer_.done()) out_ += serializer_.read(buffer);
  }

  std::string& out_;
  std::vector<bool> first_;  // per open object or array: nothing written in it yet
  bool after_key_ = false;
  boost::json::serializer serializer_;
};

namespace detail {

inline void write_blocks(JsonWriter& w, const Document& d) {
  w.begin_array();
  for (const auto& b : d.blocks) {
    w.begin_object();
    w.key("kind"), w.string(to_string(b.kind));
    w.key("start"), w.unsigned_integer(b.start);
    w.key("end"), w.unsigned_integer(b.end);
    w.integer_if("heading_level", b.heading_level);
    w.string_if("label", b.numbering_label);
    w.integer_if("page", b.page);
    w.integer_if("table", b.table), w.integer_if("row", b.row), w.integer_if("column", b.column);
    w.string_if("style", b.style);
    w.end_object();
  }
  w.end_array();
}

inline void write_sections(JsonWriter& w, const Document& d) {
  w.begin_array();
  for (const auto& s : d.sections) {
    w.begin_object();
    w.key("id"), w.string(s.id);
    w.string_if("parent", s.parent);
    w.key("level"), w.integer(s.level);
    w.string_if("number", s.number);
    w.key("title"), w.string(s.title);
    w.key("kinds");
    w.begin_array();
    for (const auto& kind : s.kinds) w.string(kind);
    w.end_array();
    w.key("start"), w.unsigned_integer(s.start);
    w.key("end"), w.unsigned_integer(s.end);
    w.end_object();
  }
  w.end_array();
}

inline void write_metric(JsonWriter& w, const Metric& m) {
  w.begin_object();
  w.string_if("id", m.id);
  w.string_if("section", m.section);
  w.string_if("indicator", m.indicator);
  w.string_if("code", m.code);
  w.key("value"), w.number(m.value);
  if (m.value_max) w.key("value_max"), w.number(*m.value_max);
  w.string_if("unit", m.unit);
  w.string_if("qualifier", m.qualifier);
  w.string_if("part", m.part);
  w.key("role"), w.string(m.role);
  w.string_if("of", m.of);
  w.integer_if("page", m.page);
  w.key("text"), w.string(m.text);
  w.key("start"), w.unsigned_integer(m.start);
  w.key("end"), w.unsigned_integer(m.end);
  w.end_object();
}

inline void write_anomaly(JsonWriter& w, const Anomaly& a) {
  w.begin_object();
  w.key("rule"), w.string(a.rule);
  w.key("severity"), w.string(to_string(a.severity));
  w.string_if("section", a.section);
  w.string_if("heading", a.heading);
  w.integer_if("page", a.page);
  w.key("message"), w.string(a.message);
  w.key("evidence"), w.string(a.evidence);
  w.key("start"), w.unsigned_integer(a.start);
  w.key("end"), w.unsigned_integer(a.end);
  w.end_object();
}

// Pairs under keys made valid UTF-8, a key given twice keeping its first place and its last value: a JSON
// object's keys are unique (as they were in the boost::json::object this was written through).
template <typename Value>
std::vector<std::pair<std::string, const Value*>> unique_keys(const auto& pairs) {
  std::vector<std::pair<std::string, const Value*>> out;
  for (const auto& [key, value] : pairs) {
    std::string safe = utf8_safe(key);
    const auto same = std::find_if(out.begin(), out.end(), [&](const auto& entry) { return entry.first == safe; });
    if (same != out.end()) {
      same->second = &value;
    } else {
      out.emplace_back(std::move(safe), &value);
    }
  }
  return out;
}

inline void write_layers(JsonWriter& w, const Document& d) {
  w.begin_object();
  for (const auto& [name, annotations] : unique_keys<std::vector<Annotation>>(d.layers)) {
    w.key(name);
    w.begin_array();
    for (const auto& a : *annotations) {
      w.begin_object();
      w.key("type"), w.string(a.type);
      w.key("start"), w.unsigned_integer(a.start);
      w.key("end"), w.unsigned_integer(a.end);
      w.key("attributes");
      w.begin_object();  // insertion order kept, as written by the plugin
      for (const auto& [key, value] : unique_keys<std::string>(a.attributes)) w.key(key), w.string(*value);
      w.end_object();
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

}  // namespace detail

// The document as a JSON object. A failed document carries its error and no layers (they may be
// half-made), as in the XML.
inline void write_document(JsonWriter& w, const Document& d) {
  w.begin_object();
  w.key("id"), w.string(d.id);
  w.key("source"), w.string(d.source.generic_string());
  w.string_if("format", d.format);
  w.string_if("encoding", d.encoding);
  w.key("status"), w.string(to_string(d.status));
  if (d.status != DocumentStatus::ok) w.key("error"), w.string(d.error);
  w.key("metadata");
  w.begin_array();
  for (const auto& [key, value] : d.metadata.entries()) {
    w.begin_object();
    w.key("key"), w.string(key);
    w.key("value"), w.string(value);
    w.end_object();
  }
  w.end_array();
  w.key("characters"), w.unsigned_integer(count_code_points(d.text));
  w.key("text"), w.string(d.text);
  if (d.status == DocumentStatus::ok) {
    w.key("blocks"), detail::write_blocks(w, d);
    w.key("sections"), detail::write_sections(w, d);
    w.key("metrics");
    w.begin_array();
    for (const auto& m : d.metrics) detail::write_metric(w, m);
    w.end_array();
    w.key("anomalies");
    w.begin_array();
    for (const auto& a : d.anomalies) detail::write_anomaly(w, a);
    w.end_array();
    w.key("layers"), detail::write_layers(w, d);
  }
  w.end_object();
}

// One line of documents.jsonl (without the newline), and the body `docpipe serve` answers with.
inline std::string serialize_document(const Document& d) {
  std::string out;
  out.reserve(2 * d.text.size() + 4096);
  JsonWriter writer(out);
  write_document(writer, d);
  return out;
}

}  // namespace docpipe::json
