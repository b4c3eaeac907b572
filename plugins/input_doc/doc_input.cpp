#include "doc_input.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>

#include "compound_file.hpp"
#include "docpipe/converted_lines.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "list_numbering.hpp"
#include "main_text.hpp"
#include "module_library.hpp"
#include "properties.hpp"
#include "style_sheet.hpp"
#include "tab_rows.hpp"
#include "text_boxes.hpp"
#include "word_binary.hpp"

namespace docpipe::doc {

namespace {

constexpr int kScoreWordFile = 90;  // a compound file whose directory names a WordDocument stream
constexpr int kScoreRefused = 70;   // content this plugin recognizes only to refuse it clearly
constexpr std::string_view kCompoundMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr std::string_view kWordDocumentName("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
constexpr std::string_view kEncryptedPackageName("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);

constexpr modules::ModuleSpec kCompoundFileModule{
    .folder = "doc",
    .file = kCompoundFileModuleFile,
    .symbol = kCompoundFileModuleSymbol,
    .interface_version = kCompoundFileInterfaceVersion,
    .failure = "DOC: the compound-file module cannot be loaded",
    .advice = " (reinstall docpipe with its libgsf library)",
};

bool is_rtf(std::string_view head) {
  while (!head.empty() && (head.front() == ' ' || head.front() == '\r' || head.front() == '\n')) head.remove_prefix(1);
  return head.substr(0, 5) == "{\\rtf";
}

// The Data stream also holds the pictures, often megabytes of them: it is read only when a paragraph keeps its
// properties there (a table row's, too large for their FKP page).
void read_properties_in_data_stream(const CompoundFile& file, std::vector<ParagraphRun>& runs) {
  const bool any =
      std::any_of(runs.begin(), runs.end(), [](const auto& run) { return run.properties_in_data.has_value(); });
  if (!any) return;
  const auto data = file.stream("Data");
  if (!data) {
    throw std::runtime_error(
        "damaged Word document: paragraph properties are kept in the Data stream, which is missing or unreadable");
  }
  read_properties_in_data(runs, Bytes(*data, "the Data stream"));
}

// The main text with its text boxes' text where they are anchored. The story after the main text is read only when
// the document has boxes; one the piece table does not cover costs the boxes, not the main text.
std::vector<Character> main_characters(const Bytes& stream, const std::vector<Piece>& pieces, const Fib& fib,
                                       const std::vector<TextBox>& boxes,
                                       const std::vector<ParagraphRun>& paragraph_runs) {
  if (boxes.empty()) return read_characters(stream, pieces, fib.ccp_text);
  std::vector<Character> all;
  try {
    all = read_characters(stream, pieces, fib.text_box_story() + fib.ccp_txbx);
  } catch (const std::runtime_error&) {
    return read_characters(stream, pieces, fib.ccp_text);
  }
  return with_text_boxes(all, fib.ccp_text, boxes, paragraph_runs);
}

}  // namespace

std::uint64_t read_max_stream_bytes(const Parameters& parameters) {
  return static_cast<std::uint64_t>(
             integer_in_range(parameters, "max_stream_megabytes", 1, 4096, "MiB of one compound-file stream"))
         << 20;
}

DocInput::DocInput(const PluginContext& context)
    : max_stream_bytes_(read_max_stream_bytes(context.parameters)),
      remove_artifacts_(context.parameters.boolean("remove_artifacts")) {}

const CompoundFileReader& DocInput::reader() {
  if (reader_ == nullptr) reader_ = modules::load_module<CompoundFileReader>(kCompoundFileModule, reader_library_);
  return *reader_;
}

int DocInput::sniff(std::string_view head) const {
  if (is_rtf(head)) return 0;  // the host names RTF as an unsupported format, whatever the file is called
  if (head.substr(0, 8) != kCompoundMagic) return 0;
  if (head.find(kWordDocumentName) != std::string_view::npos) return kScoreWordFile;
  if (head.find(kEncryptedPackageName) != std::string_view::npos) return kScoreRefused;
  return 0;  // another compound file (a workbook, a mail); the .doc/.wps extension still selects this plugin
}

void DocInput::read(std::string_view bytes, Document& document) {
  if (is_rtf(bytes.substr(0, 64))) {
    throw std::runtime_error(
        "an RTF document, not a Word binary one (a .doc name on RTF is common): input.rtf reads it");
  }
  if (bytes.substr(0, 8) != kCompoundMagic) {
    throw std::runtime_error("not a Word 97–2003 document: no compound-file signature");
  }
  const auto encrypted_docx = [] {
    return std::runtime_error("the document is an encrypted (password-protected) .docx; save it without a password");
  };
  const CompoundFileReader& compound_files = reader();  // outside the try: a missing module is no damaged file
  std::unique_ptr<CompoundFile> opened;
  try {
    opened = compound_files.open(bytes, max_stream_bytes_);
  } catch (const std::runtime_error&) {
    // A damaged container whose directory still names the encrypted package: say what the file is.
    if (bytes.find(kEncryptedPackageName) != std::string_view::npos) throw encrypted_docx();
    throw;
  }
  const CompoundFile& file = *opened;
  const auto word_document = file.stream("WordDocument");
  if (!word_document) {
    if (file.stream("EncryptedPackage")) throw encrypted_docx();
    throw std::runtime_error(
        "not a Word document: the compound file has no readable WordDocument stream "
        "(an Excel, PowerPoint or other Office file, or a damaged directory)");
  }
  const Bytes stream(*word_document, "the WordDocument stream");
  const Fib fib = read_fib(stream);
  const std::string table_name = fib.table_1 ? "1Table" : "0Table";
  const auto table_bytes = file.stream(table_name);
  if (!table_bytes) throw std::runtime_error("damaged Word document: the " + table_name + " stream is missing");
  const Bytes table(*table_bytes, "the " + table_name + " stream");

  const auto pieces = read_pieces(table, fib, word_document->size());
  const auto character_runs = read_character_runs(stream, table, fib);
  auto paragraph_runs = read_paragraph_runs(stream, table, fib);
  read_properties_in_data_stream(file, paragraph_runs);
  const auto text_boxes = read_text_boxes(table, fib);
  const auto characters = main_characters(stream, pieces, fib, text_boxes, paragraph_runs);
  const StyleSheet styles(table, fib);
  styles.number_by_style(paragraph_runs);
  ListNumbering numbering(table, fib);
  TextStats stats;
  const auto fonts = read_font_names(table, fib);
  auto paragraphs = main_text(characters, character_runs, paragraph_runs, styles, numbering, fonts, stats);
  read_tab_tables(paragraphs);

  document.format = "doc";
  document.encoding = "UTF-16LE";
  document.metadata.set("doc.characters", std::to_string(fib.ccp_text));
  if (stats.deleted > 0) document.metadata.set("doc.deleted_revision_characters", std::to_string(stats.deleted));
  if (stats.inserted > 0) document.metadata.set("doc.inserted_revision_characters", std::to_string(stats.inserted));
  if (stats.hidden > 0) document.metadata.set("doc.hidden_characters", std::to_string(stats.hidden));
  if (stats.placeholder_fields > 0)
    document.metadata.set("doc.placeholder_fields", std::to_string(stats.placeholder_fields));
  if (!text_boxes.empty()) document.metadata.set("doc.text_boxes", std::to_string(text_boxes.size()));
  // What the FIB counts outside the main text and its text boxes is not read; say so, so nobody wonders where it
  // went. The text boxes of headers and footers are theirs.
  const std::uint32_t boxes_left_out = text_boxes.empty() ? fib.ccp_txbx + fib.ccp_hdr_txbx : fib.ccp_hdr_txbx;
  const std::pair<const char*, std::uint32_t> outside[] = {{"doc.footnote_characters", fib.ccp_ftn + fib.ccp_edn},
                                                           {"doc.header_characters", fib.ccp_hdd},
                                                           {"doc.comment_characters", fib.ccp_atn},
                                                           {"doc.textbox_characters", boxes_left_out}};
  for (const auto& [key, count] : outside) {
    if (count > 0) document.metadata.set(key, std::to_string(count));
  }
  // A DOC converted from a PDF, one paragraph per printed line, reflowed as input.docx reflows one.
  if (const std::size_t joined = reflow_converted_lines(paragraphs, document); joined > 0) {
    document.metadata.set("reflowed_line_breaks", std::to_string(joined));
  }
  for (const auto& line : stats.contents_lines) document.metadata.add("removed.table-of-contents", line);
  for (const auto& mark : stats.footnote_marks) document.metadata.add("removed.footnote-mark", mark);
  add_paragraphs(document, paragraphs, remove_artifacts_ ? &filter_ : nullptr);
  if (document.text.empty()) throw std::runtime_error("the document holds no text");
}

}  // namespace docpipe::doc
