#include "html_output.hpp"

#include <cstdio>
#include <stdexcept>

#include "docpipe/atomic_file.hpp"
#include "overview_page.hpp"
#include "page_name.hpp"
#include "review_page.hpp"

namespace docpipe::html {

namespace {

ReviewSettings settings_from(const Parameters& parameters) {
  ReviewSettings settings;
  settings.parts = parameters.list("required_parts");
  const std::string& deadline = parameters.string("publication_deadline");
  if (deadline.size() != 5 || deadline[2] != '-' ||
      std::sscanf(deadline.c_str(), "%2d-%2d", &settings.deadline_month, &settings.deadline_day) != 2 ||
      settings.deadline_month < 1 || settings.deadline_month > 12 || settings.deadline_day < 1 ||
      settings.deadline_day > 31) {
    throw std::invalid_argument("publication_deadline must be MM-DD, not '" + deadline + "'");
  }
  return settings;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  AtomicFile file(path);
  file.write(bytes);
  file.commit();
}

}  // namespace

HtmlOutput::HtmlOutput(const PluginContext& context)
    : directory_(context.output_directory / context.parameters.string("directory")),
      settings_(settings_from(context.parameters)) {}

// Two ids that flatten to the same name ("a/b.txt", "a_b.txt") get -2, -3 … in input order.
std::string HtmlOutput::unique_page_name(const std::string& document_id) {
  const std::string name = page_name(document_id);
  std::string candidate = name;
  for (int n = 2; used_names_.count(candidate) != 0 || candidate == "index.html"; ++n) {
    candidate = name.substr(0, name.size() - 5) + "-" + std::to_string(n) + ".html";
  }
  used_names_.insert(candidate);
  return candidate;
}

void HtmlOutput::write(const Document& document) {
  DocumentSummary summary = summarize(document, settings_, unique_page_name(document.id));
  write_file(directory_ / summary.page, render_review_page(document, summary));
  summaries_.push_back(std::move(summary));
}

void HtmlOutput::finish() { write_file(directory_ / "index.html", render_overview_page(summaries_)); }

}  // namespace docpipe::html
