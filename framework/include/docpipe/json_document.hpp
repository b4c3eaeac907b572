// One Document as a JSON object: the content of the XML output (docs/output-formats.md), for output.json's
// documents.jsonl and for `docpipe serve`'s answers, which must be the same bytes. Keys come in a fixed
// order and every string is valid UTF-8, so the same document always serializes to the same bytes.
// Uses Boost.JSON: a plugin that includes this header links Boost::json (it is not in docpipe.hpp).
#pragma once

#include <boost/json.hpp>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

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

// Whole numbers as integers, other values as doubles (written as plain decimals by write_json).
inline boost::json::value number_value(double value) {
  constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
  if (!std::isfinite(value)) return nullptr;
  if (std::trunc(value) == value && std::fabs(value) < kExactIntegers) return static_cast<std::int64_t>(value);
  return value;
}

// Optional fields are written only when set, as in the XML; offsets always.
inline void put_if(boost::json::object& object, std::string_view key, std::string_view value) {
  if (!value.empty()) object[key] = string_value(value);
}
inline void put_if(boost::json::object& object, std::string_view key, const std::optional<int>& value) {
  if (value) object[key] = *value;
}

inline boost::json::array blocks_json(const Document& d) {
  boost::json::array out;
  for (const auto& b : d.blocks) {
    boost::json::object o;
    o["kind"] = std::string_view(to_string(b.kind));
    o["start"] = b.start, o["end"] = b.end;
    put_if(o, "heading_level", b.heading_level);
    put_if(o, "label", b.numbering_label);
    put_if(o, "page", b.page);
    put_if(o, "table", b.table), put_if(o, "row", b.row), put_if(o, "column", b.column);
    put_if(o, "style", b.style);
    out.push_back(std::move(o));
  }
  return out;
}

inline boost::json::array sections_json(const Document& d) {
  boost::json::array out;
  for (const auto& s : d.sections) {
    boost::json::object o;
    o["id"] = string_value(s.id);
    put_if(o, "parent", s.parent);
    o["level"] = s.level;
    put_if(o, "number", s.number);
    o["title"] = string_value(s.title);
    boost::json::array kinds;
    for (const auto& kind : s.kinds) kinds.push_back(string_value(kind));
    o["kinds"] = std::move(kinds);
    o["start"] = s.start, o["end"] = s.end;
    out.push_back(std::move(o));
  }
  return out;
}

inline boost::json::object metric_json(const Metric& m) {
  boost::json::object o;
  put_if(o, "id", m.id);
  put_if(o, "section", m.section);
  put_if(o, "indicator", m.indicator);
  put_if(o, "code", m.code);
  o["value"] = number_value(m.value);
  if (m.value_max) o["value_max"] = number_value(*m.value_max);
  put_if(o, "unit", m.unit);
  put_if(o, "qualifier", m.qualifier);
  put_if(o, "part", m.part);
  o["role"] = string_value(m.role);
  put_if(o, "of", m.of);
  put_if(o, "page", m.page);
  o["text"] = string_value(m.text);
  o["start"] = m.start, o["end"] = m.end;
  return o;
}

inline boost::json::object anomaly_json(const Anomaly& a) {
  boost::json::object o;
  o["rule"] = string_value(a.rule);
  o["severity"] = std::string_view(to_string(a.severity));
  put_if(o, "section", a.section);
  put_if(o, "heading", a.heading);
  put_if(o, "page", a.page);
  o["message"] = string_value(a.message);
  o["evidence"] = string_value(a.evidence);
  o["start"] = a.start, o["end"] = a.end;
  return o;
}

inline boost::json::object layers_json(const Document& d) {
  boost::json::object out;
  for (const auto& [name, annotations] : d.layers) {
    boost::json::array list;
    for (const auto& a : annotations) {
      boost::json::object o;
      o["type"] = string_value(a.type);
      o["start"] = a.start, o["end"] = a.end;
      boost::json::object attributes;  // insertion order kept, as written by the plugin
      for (const auto& [key, value] : a.attributes) attributes[utf8_safe(key)] = string_value(value);
      o["attributes"] = std::move(attributes);
      list.push_back(std::move(o));
    }
    out[utf8_safe(name)] = std::move(list);
  }
  return out;
}

// The document as a JSON object. A failed document carries its error and no layers (they may be
// half-made), as in the XML.
inline boost::json::object document_json(const Document& d) {
  boost::json::object o;
  o["id"] = string_value(d.id);
  o["source"] = string_value(d.source.generic_string());
  put_if(o, "format", d.format);
  put_if(o, "encoding", d.encoding);
  o["status"] = std::string_view(to_string(d.status));
  if (d.status != DocumentStatus::ok) o["error"] = string_value(d.error);
  boost::json::array metadata;
  for (const auto& [key, value] : d.metadata.entries()) {
    metadata.push_back(boost::json::object{{"key", string_value(key)}, {"value", string_value(value)}});
  }
  o["metadata"] = std::move(metadata);
  o["characters"] = count_code_points(d.text);
  o["text"] = string_value(d.text);
  if (d.status == DocumentStatus::ok) {
    o["blocks"] = blocks_json(d);
    o["sections"] = sections_json(d);
    boost::json::array metrics, anomalies;
    for (const auto& m : d.metrics) metrics.push_back(metric_json(m));
    for (const auto& a : d.anomalies) anomalies.push_back(anomaly_json(a));
    o["metrics"] = std::move(metrics);
    o["anomalies"] = std::move(anomalies);
    o["layers"] = layers_json(d);
  }
  return o;
}

namespace detail {
// Appends what `serializer`, reset to a string, key or scalar, writes: through a buffer on the stack, since a
// document has thousands of them and boost::json::serialize would make a string of each.
inline void append_serialized(boost::json::serializer& serializer, std::string& out) {
  char buffer[512];
  while (!serializer.done()) out += serializer.read(buffer);
}

inline void write_json(const boost::json::value& value, std::string& out, boost::json::serializer& serializer) {
  switch (value.kind()) {
    case boost::json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& entry : value.get_object()) {
        if (!first) out += ',';
        first = false;
        serializer.reset(entry.key());
        append_serialized(serializer, out);
        out += ':';
        write_json(entry.value(), out, serializer);
      }
      out += '}';
      return;
    }
    case boost::json::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& element : value.get_array()) {
        if (!first) out += ',';
        first = false;
        write_json(element, out, serializer);
      }
      out += ']';
      return;
    }
    case boost::json::kind::double_: {
      const std::string decimal = format_decimal(value.get_double());
      out += decimal.empty() ? "null" : decimal;
      return;
    }
    default:
      serializer.reset(&value);
      append_serialized(serializer, out);
  }
}
}  // namespace detail

// Boost.JSON's serializer, except that doubles are plain shortest round-trip decimals (98.5, never 9.85E1)
// as in every other docpipe output.
inline void write_json(const boost::json::value& value, std::string& out) {
  boost::json::serializer serializer;
  detail::write_json(value, out, serializer);
}

inline std::string to_json_text(const boost::json::value& value) {
  std::string out;
  write_json(value, out);
  return out;
}

// One line of documents.jsonl (without the newline), and the body `docpipe serve` answers with.
inline std::string serialize_document(const Document& d) { return to_json_text(document_json(d)); }

}  // namespace docpipe::json
