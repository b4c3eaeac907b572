// output.html: what a reviewer reads. html/<document>.html per document as it arrives, html/index.html
// (the county overview) at the end. docs/output-formats.md describes the pages and their markup.
#pragma once

#include <filesystem>
#include <future>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "docpipe/output_files.hpp"
#include "docpipe/plugin.hpp"
#include "docpipe/scratch_files.hpp"
#include "document_summary.hpp"

namespace docpipe::html {

// The settings from the node's parameters; throws ParameterError for an unknown part, a deadline that is not
// MM-DD, or a directory outside the run's output directory (also the descriptor's parameter check).
ReviewSettings read_review_settings(const Parameters& parameters);

class HtmlOutput final : public OutputPlugin {
 public:
  explicit HtmlOutput(const PluginContext& context);

  void write(const Document& document) override;
  // `rendered` names the scratch file holding the document's review page, made by a ReviewPageRenderer in a
  // worker.
  void write_rendered(const Document& document, std::string_view rendered) override;
  // The findings section of the overview, and on the review pages of the documents they name.
  void write_findings(const std::vector<Finding>& findings) override;
  void finish() override;

 private:
  std::string unique_page_name(const std::string& document_id);
  // Summarizes the document for the overview, its page named in input order.
  const DocumentSummary& keep(const Document& document);

  PluginContext context_;
  std::filesystem::path directory_;
  ReviewSettings settings_;
  std::vector<DocumentSummary> summaries_;
  std::set<std::string> used_names_;
  std::optional<std::vector<Finding>> findings_;  // set when a corpus node feeds this output
  OutputFiles files_;
  // The overview, rendered from write_findings on while the review pages are rewritten. Declared last: it is
  // destroyed (and waited for) first, while what it reads is still there.
  std::future<std::string> overview_;
};

// A document's review page, made and written to a scratch file in the worker that processed it. The page does
// not show its own file name, which only the host can choose (two ids may flatten to one name), so it renders
// the same anywhere.
class ReviewPageRenderer final : public OutputRenderer {
 public:
  explicit ReviewPageRenderer(const PluginContext& context);
  std::string render(const Document& document) override;

 private:
  ReviewSettings settings_;
  ScratchFiles scratch_;
};

}  // namespace docpipe::html
