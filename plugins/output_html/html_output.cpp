#include "html_output.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <future>
#include <iterator>
#include <map>
#include <stdexcept>
#include <system_error>
#include <tuple>

#include "docpipe/did_you_mean.hpp"
#include "docpipe/layers.hpp"

#include "overview_page.hpp"
#include "page_name.hpp"
#include "review_page.hpp"

namespace docpipe::html {

namespace {

// One read into a string of the file's size: a stream buffer copied into a string stream would copy each
// page twice more, and every page of a batch of near-duplicates is read back once.
std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary | std::ios::ate);
  if (!stream) throw std::runtime_error("cannot read back " + path.string());
  std::string content(static_cast<std::size_t>(stream.tellg()), '\0');
  stream.seekg(0);
  if (!stream.read(content.data(), static_cast<std::streamsize>(content.size()))) {
    throw std::runtime_error("cannot read back " + path.string());
  }
  return content;
}

}  // namespace

ReviewSettings read_review_settings(const Parameters& parameters) {
  constexpr const char* kParts[] = {part::achievements, part::shortcomings, part::leadership, part::plan, part::other};
  ReviewSettings settings;
  ParameterProblems problems;
  problems.collect([&] { (void)output_subdirectory(parameters, "directory"); });
  for (const auto& required : parameters.list("required_parts")) {
    if (std::find(std::begin(kParts), std::end(kParts), required) == std::end(kParts)) {
      const std::vector<std::string> known(std::begin(kParts), std::end(kParts));
      problems.add("required_parts", required, "unknown report part" + did_you_mean(required, known));
    }
    settings.parts.push_back(required);
  }
  problems.collect([&] {
    std::tie(settings.deadline_month, settings.deadline_day) = month_day_parameter(parameters, "publication_deadline");
  });
  // code=label, one a line; a later line for the same code wins, so a county's config can rename one.
  for (const auto& entry : parameters.list("indicator_labels")) {
    const auto equals = entry.find('=');
    const std::string code = equals == std::string::npos ? entry : entry.substr(0, equals);
    const bool code_is_a_name = !code.empty() && std::all_of(code.begin(), code.end(), [](unsigned char c) {
      return std::islower(c) != 0 || std::isdigit(c) != 0 || c == '_';
    });
    if (equals == std::string::npos || !code_is_a_name || equals + 1 == entry.size()) {
      problems.add("indicator_labels", entry, "not code=label (a code of a-z, 0-9 and _, then the words to show)");
      continue;
    }
    settings.indicator_labels.insert_or_assign(code, entry.substr(equals + 1));
  }
  problems.throw_if_any();
  return settings;
}

HtmlOutput::HtmlOutput(const PluginContext& context)
    : context_(context),
      directory_(context.output_directory / output_subdirectory(context.parameters, "directory")),
      settings_(read_review_settings(context.parameters)) {}

// Two ids that flatten to the same name ("a/b.txt", "a_b.txt"), or to names that differ only in case ("R.txt",
// "r.txt": one file on Windows and macOS, where the pages are often read), get -2, -3 … in input order.
std::string HtmlOutput::unique_page_name(const std::string& document_id) {
  const auto folded = [](std::string name) {
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
  };
  std::string candidate = page_name(document_id);
  for (int n = 2; used_names_.count(folded(candidate)) != 0 || folded(candidate) == "index.html"; ++n) {
    candidate = page_name(document_id, "-" + std::to_string(n));
  }
  used_names_.insert(folded(candidate));
  return candidate;
}

void HtmlOutput::write(const Document& document) {
  const DocumentSummary& summary = keep(document);
  files_.write(directory_ / summary.page, render_review_page(document, summarize(document, settings_, ""), settings_));
}

void HtmlOutput::write_rendered(const Document& document, std::string_view rendered) {
  const std::filesystem::path page = scratch_file(context_, rendered);
  files_.adopt(page, directory_ / keep(document).page);
}

const DocumentSummary& HtmlOutput::keep(const Document& document) {
  summaries_.push_back(summarize(document, settings_, unique_page_name(document.id)));
  return summaries_.back();
}

ReviewPageRenderer::ReviewPageRenderer(const PluginContext& context)
    : settings_(read_review_settings(context.parameters)), scratch_(context) {}

std::string ReviewPageRenderer::render(const Document& document) {
  return scratch_.write(render_review_page(document, summarize(document, settings_, ""), settings_));
}

void HtmlOutput::write_findings(const std::vector<Finding>& findings) {
  overview_ = {};  // findings of a second corpus node replace the first's: wait for the page made from those
  findings_ = findings;
  // Every document is in and the workers are done: the overview is rendered on a core they leave idle while
  // the review pages the findings name are rewritten. All only read the summaries and the findings.
  overview_ = std::async(std::launch::async | std::launch::deferred,
                         [this] { return render_overview_page(summaries_, &*findings_, settings_); });
  PageNames pages;
  for (const auto& s : summaries_) pages.emplace(s.id, s.page);
  std::map<std::string, std::vector<const Finding*>> involving;  // by document id, in the findings' order
  for (const auto& f : *findings_) {
    involving[f.document].push_back(&f);
    if (!f.other_document.empty() && f.other_document != f.document) involving[f.other_document].push_back(&f);
  }
  struct Rewrite {
    std::filesystem::path path;
    const std::string* document;
    const std::vector<const Finding*>* named;
  };
  std::vector<Rewrite> rewrites;
  for (const auto& [document, named] : involving) {
    const auto page = pages.find(document);
    if (page == pages.end()) continue;  // a history store's document
    rewrites.push_back({directory_ / page->second, &document, &named});
  }
  // Each page is read, patched and written on its own, so the pages are split in two halves, one for this
  // thread and one for another (beside the overview's): the rewrite is the serial end of a run whose workers
  // have finished, and when a batch holds many copies (every page then has a duplicate finding) it was the
  // longest part of that end. Each thread has its own OutputFiles (it remembers directories made); the pages
  // and their bytes do not depend on which thread wrote them.
  const auto rewrite = [&](std::size_t first, std::size_t last, OutputFiles& files) {
    for (std::size_t i = first; i < last; ++i) {
      const Rewrite& r = rewrites[i];
      files.write(r.path, with_cross_findings(read_text_file(r.path), *r.document, *r.named, pages));
    }
  };
  constexpr std::size_t kPagesWorthAThread = 64;
  const std::size_t half = rewrites.size() / 2;
  OutputFiles second_files;  // declared before the future, whose destructor waits for the thread using it
  std::future<void> second_half;
  if (half >= kPagesWorthAThread) {
    try {
      second_half = std::async(std::launch::async, [&] { rewrite(half, rewrites.size(), second_files); });
    } catch (const std::system_error&) {
      // no thread to be had (a process limit): this thread rewrites them all
    }
  }
  rewrite(0, second_half.valid() ? half : rewrites.size(), files_);
  if (second_half.valid()) second_half.get();
}

void HtmlOutput::finish() {
  remove_scratch_directory(context_);
  files_.write(directory_ / "index.html",
               overview_.valid() ? overview_.get()
                                 : render_overview_page(summaries_, findings_ ? &*findings_ : nullptr, settings_));
}

}  // namespace docpipe::html
