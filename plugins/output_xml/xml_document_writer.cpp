#include "xml_document_writer.hpp"

#include <memory>
#include <stdexcept>

#include "docpipe/decimal.hpp"
#include "docpipe/markup_writer.hpp"
#include "docpipe/text.hpp"
#include "docpipe/xml_text.hpp"

namespace docpipe::xml {

namespace {

// The SDK's MarkupWriter, indented, with an XML declaration; it counts the characters it replaced.
class Writer {
 public:
  explicit Writer(std::size_t expected_size = 0) : w_({.indent = true, .ascii_attributes = false}, expected_size) {
    w_.prolog("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  void start(const char* name) { w_.start(name); }
  void end() { w_.end(); }
  void attribute(const char* name, std::string_view value) { w_.attribute(name, value); }
  void attribute(const char* name, std::size_t value) { attribute(name, std::to_string(value)); }
  void optional_attribute(const char* name, std::string_view value) {
    if (!value.empty()) attribute(name, value);
  }
  void text(std::string_view value) { w_.text(value); }
  void element(const char* name, std::string_view value) {
    start(name);
    text(value);
    end();
  }

  std::size_t replaced() const { return w_.replaced(); }
  std::string finish() { return w_.finish(); }

 private:
  MarkupWriter w_;
};

void write_blocks(Writer& w, const Document& d) {
  w.start("blocks");
  for (const auto& b : d.blocks) {
    w.start("block");
    w.attribute("kind", to_string(b.kind));
    w.attribute("start", b.start);
    w.attribute("end", b.end);
    if (b.heading_level) w.attribute("heading-level", std::to_string(*b.heading_level));
    w.optional_attribute("label", b.numbering_label);
    if (b.page) w.attribute("page", std::to_string(*b.page));
    if (b.table) w.attribute("table", std::to_string(*b.table));
    if (b.row) w.attribute("row", std::to_string(*b.row));
    if (b.column) w.attribute("column", std::to_string(*b.column));
    w.optional_attribute("style", b.style);
    w.end();
  }
  w.end();
}

void write_sections(Writer& w, const Document& d) {
  w.start("sections");
  for (const auto& s : d.sections) {
    w.start("section");
    w.attribute("id", s.id);
    w.optional_attribute("parent", s.parent);
    w.attribute("level", std::to_string(s.level));
    w.optional_attribute("number", s.number);
    std::string kinds;
    for (const auto& kind : s.kinds) kinds += (kinds.empty() ? "" : " ") + kind;
    w.optional_attribute("kinds", kinds);
    w.attribute("start", s.start);
    w.attribute("end", s.end);
    w.text(s.title);
    w.end();
  }
  w.end();
}

void write_metrics(Writer& w, const Document& d) {
  w.start("metrics");
  for (const auto& m : d.metrics) {
    w.start("metric");
    w.optional_attribute("id", m.id);
    w.optional_attribute("role", m.role);
    w.optional_attribute("of", m.of);
    if (m.page) w.attribute("page", std::to_string(*m.page));
    w.optional_attribute("section", m.section);
    w.optional_attribute("indicator", m.indicator);
    w.optional_attribute("code", m.code);
    w.attribute("value", format_decimal(m.value));
    if (m.value_max) w.attribute("value-max", format_decimal(*m.value_max));
    w.optional_attribute("unit", m.unit);
    w.optional_attribute("qualifier", m.qualifier);
    w.optional_attribute("part", m.part);
    w.attribute("start", m.start);
    w.attribute("end", m.end);
    w.text(m.text);
    w.end();
  }
  w.end();
}

void write_anomalies(Writer& w, const Document& d) {
  w.start("anomalies");
  for (const auto& a : d.anomalies) {
    w.start("anomaly");
    w.attribute("rule", a.rule);
    w.attribute("severity", to_string(a.severity));
    w.optional_attribute("section", a.section);
    w.optional_attribute("heading", a.heading);
    if (a.page) w.attribute("page", std::to_string(*a.page));
    w.attribute("start", a.start);
    w.attribute("end", a.end);
    w.element("message", a.message);
    w.element("evidence", a.evidence);
    w.end();
  }
  w.end();
}

void write_layers(Writer& w, const Document& d) {
  w.start("layers");
  for (const auto& [name, annotations] : d.layers) {
    w.start("layer");
    w.attribute("name", name);
    for (const auto& a : annotations) {
      w.start("annotation");
      w.attribute("type", a.type);
      w.attribute("start", a.start);
      w.attribute("end", a.end);
      for (const auto& [key, value] : a.attributes) {
        w.start("attribute");
        w.attribute("name", key);
        w.attribute("value", value);
        w.end();
      }
      w.end();
    }
    w.end();
  }
  w.end();
}

}  // namespace

std::string serialize_findings(const std::vector<Finding>& findings) {
  Writer w;
  w.start("findings");
  w.attribute("xmlns", kNamespace);
  for (const auto& f : findings) {
    w.start("finding");
    w.attribute("document", f.document);
    w.attribute("rule", f.rule);
    w.attribute("severity", to_string(f.severity));
    w.optional_attribute("other_document", f.other_document);
    if (f.end > f.start) w.attribute("start", f.start), w.attribute("end", f.end);
    if (f.other_end > f.other_start) w.attribute("other_start", f.other_start), w.attribute("other_end", f.other_end);
    w.element("message", f.message);
    if (!f.evidence.empty()) w.element("evidence", f.evidence);
    w.end();
  }
  w.end();
  return w.finish();
}

std::string serialize_document(const Document& d) {
  // The text, then its layers: some tens of bytes a figure or section, most of it attributes.
  Writer w(d.text.size() + 160 * (d.blocks.size() + d.sections.size() + d.metrics.size() + d.anomalies.size()) + 4096);
  w.start("document");
  w.attribute("xmlns", kNamespace);
  w.attribute("id", d.id);
  w.attribute("source", d.source.generic_string());
  w.optional_attribute("format", d.format);
  w.optional_attribute("encoding", d.encoding);
  w.optional_attribute("sha256", d.metadata.get("sha256"));
  w.attribute("status", to_string(d.status));
  if (d.status != DocumentStatus::ok) w.element("error", d.error);
  w.start("metadata");
  for (const auto& [key, value] : d.metadata.entries()) {
    w.start("entry");
    w.attribute("key", key);
    w.text(value);
    w.end();
  }
  w.end();
  w.start("text");
  w.attribute("xml:space", "preserve");
  w.attribute("characters", count_code_points(d.text));
  w.text(d.text);
  w.end();
  // A failed document's layers may be half-made; its error says why instead.
  if (d.status == DocumentStatus::ok) {
    write_blocks(w, d);
    write_sections(w, d);
    write_metrics(w, d);
    write_anomalies(w, d);
    write_layers(w, d);
  }
  w.start("replaced-characters");
  w.text(std::to_string(w.replaced()));
  w.end();
  w.end();
  return w.finish();
}

}  // namespace docpipe::xml
