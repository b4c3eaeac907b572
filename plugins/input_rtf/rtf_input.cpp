#include "rtf_input.hpp"

#include <stdexcept>
#include <string>

#include "docpipe/converted_lines.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "rtf_reader.hpp"

namespace docpipe::rtf {

namespace {

constexpr int kScoreSignature = 90;  // `{\rtf`: the format's own signature

// `{\rtf` after at most some white space or a UTF-8 byte-order mark a web server or editor put before it.
bool starts_as_rtf(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && (head.front() == ' ' || head.front() == '\t' || head.front() == '\r' || head.front() == '\n'))
    head.remove_prefix(1);
  return head.starts_with("{\\rtf");
}

}  // namespace

RtfInput::RtfInput(const PluginContext& context) : remove_artifacts_(context.parameters.boolean("remove_artifacts")) {}

int RtfInput::sniff(std::string_view head) const { return starts_as_rtf(head) ? kScoreSignature : 0; }

void RtfInput::read(std::string_view bytes, Document& document) {
  if (!starts_as_rtf(bytes.substr(0, 1024))) throw std::runtime_error("not an RTF document: no {\\rtf signature");
  RtfContent content = read_rtf(bytes);
  document.format = "rtf";
  document.encoding = content.encoding;
  if (content.tables > 0) document.metadata.set("rtf.tables", std::to_string(content.tables));
  // What is not read is said, so nobody wonders where it went.
  if (content.footnotes > 0) document.metadata.set("rtf.footnotes", std::to_string(content.footnotes));
  if (content.hidden_characters > 0)
    document.metadata.set("rtf.hidden_characters", std::to_string(content.hidden_characters));
  if (content.deleted_characters > 0)
    document.metadata.set("rtf.deleted_characters", std::to_string(content.deleted_characters));
  for (const auto& line : content.contents_lines) document.metadata.add("removed.table-of-contents", line);
  if (content.skipped_groups > 0) {
    document.metadata.set("rtf.groups_too_deep", std::to_string(content.skipped_groups));
  }
  // An RTF saved from a PDF conversion, one paragraph per printed line, reflowed as input.docx reflows one.
  if (const std::size_t joined = reflow_converted_lines(content.paragraphs, document); joined > 0) {
    document.metadata.set("reflowed_line_breaks", std::to_string(joined));
  }
  add_paragraphs(document, content.paragraphs, remove_artifacts_ ? &filter_ : nullptr);
  if (document.text.empty()) throw std::runtime_error("the document holds no text");
}

}  // namespace docpipe::rtf
