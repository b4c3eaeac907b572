// docpipe: runs plugin pipelines over batches of documents.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdlib>

#include "commands.hpp"
#include "docpipe/descriptor.hpp"
#include "huge_pages.hpp"

int main(int argc, char** argv) {
  using namespace docpipe::cli;
  prefer_huge_pages();
  // Documents run in parallel in worker processes (-j); a library's own thread pool on top of that only fights
  // the other workers for the cores: Tesseract's OpenMP threads made an OCR page 2.4 times slower on 2 cores.
  // libgomp reads this when a plugin first loads it, so it is set before any plugin is loaded; a value the
  // user exported wins.
  setenv("OMP_THREAD_LIMIT", "1", 0);
  // With TZ unset, glibc stats /etc/localtime on every mktime() to see whether the zone changed, and libzip
  // calls mktime() for each entry of a zip's central directory: 20 system calls a DOCX, a tenth of the
  // worker's system time. ":/etc/localtime" is the same zone, read once. A TZ the user exported wins.
  setenv("TZ", ":/etc/localtime", 0);
  CLI::App app{"docpipe: turns annual rule-of-law government reports into data, with plugin pipelines"};
  app.set_version_flag("--version", fmt::format("docpipe {} (plugin ABI {})", DOCPIPE_VERSION, docpipe::kAbiVersion));
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 all documents ok, 1 some documents failed, 2 usage or config error, 3 interrupted "
      "(SIGTERM/SIGINT; the documents done are in the outputs), 4 outputs could not be written (--out "
      "unchanged), 5 --out in use by another run.");

  RunArguments run;
  auto* run_app = app.add_subcommand("run", "run a pipeline over files and directories");
  add_config_options(*run_app, run.pipeline);
  add_worker_options(*run_app, run.pipeline);
  run_app->add_option("--out,-o", run.output_directory, "output directory, replaced as a whole by each run")
      ->capture_default_str();
  run_app->add_option("--files-from", run.files_from, "read input paths from FILE, one per line ('-': stdin)");
  run_app
      ->add_option_function<std::string>(
          "--log-format",
          [&run](const std::string& format) { run.log_format = format == "json" ? LogFormat::json : LogFormat::text; },
          "log on stderr as text lines or JSON objects, one per line")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  auto* quiet = run_app->add_flag_callback(
      "--quiet,-q", [&run] { run.verbosity = Verbosity::quiet; }, "log only errors of the run itself");
  run_app
      ->add_flag_callback(
          "--verbose,-v", [&run] { run.verbosity = Verbosity::verbose; }, "log the start and every document")
      ->excludes(quiet);
  run_app->add_option("--shard", run.shard,
                      "K/N: process only shard K of N (documents partitioned by a hash of their id), for "
                      "`docpipe merge` to combine");
  run_app->add_option("--skip-unchanged", run.skip_unchanged,
                      "reuse the results in PREVIOUS_OUT (an earlier run's --out) of documents whose input bytes "
                      "and config are unchanged");
  run_app->add_option("inputs", run.inputs, "files and directories (searched recursively)");

  MergeArguments merge;
  auto* merge_app =
      app.add_subcommand("merge", "combine the outputs of `run --shard K/N` into what one unsharded run writes");
  add_config_options(*merge_app, merge.pipeline);
  merge_app->add_option("--out,-o", merge.output_directory, "output directory, replaced as a whole")->required();
  merge_app
      ->add_option_function<std::string>(
          "--log-format",
          [&merge](const std::string& format) {
            merge.log_format = format == "json" ? LogFormat::json : LogFormat::text;
          },
          "log on stderr as text lines or JSON objects, one per line")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  auto* merge_quiet = merge_app->add_flag_callback(
      "--quiet,-q", [&merge] { merge.verbosity = Verbosity::quiet; }, "log only errors");
  merge_app
      ->add_flag_callback(
          "--verbose,-v", [&merge] { merge.verbosity = Verbosity::verbose; }, "log the start and every document")
      ->excludes(merge_quiet);
  merge_app->add_option("shards", merge.shards, "the --out directories of every shard")->required();

  ServeArguments serve;
  auto* serve_app = app.add_subcommand("serve", "answer documents over HTTP (REST API in README.md)");
  add_config_options(*serve_app, serve.pipeline);
  add_worker_options(*serve_app, serve.pipeline);
  serve_app->add_option("--listen", serve.listen, "address and port to listen on")->capture_default_str();
  serve_app->add_option("--queue", serve.queue, "requests that may wait for a worker before 503")
      ->capture_default_str();
  serve_app->add_option("--max-body", serve.max_body_bytes, "largest request body, bytes (suffixes: KB, MB)")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();

  PipelineOptions validate;
  auto* validate_app = app.add_subcommand("validate", "check a pipeline config without running it");
  add_config_options(*validate_app, validate);
  bool validate_print = false;
  validate_app->add_flag("--print", validate_print,
                         "print the effective config (after extends and overrides) as XML, with where each value "
                         "was set");

  PipelineOptions plugins;
  std::string plugins_name;
  auto* plugins_app = app.add_subcommand(
      "plugins", "list every plugin found and every library refused (exit 2 when any library is refused)");
  add_config_options(*plugins_app, plugins);
  plugins_app->add_option("name", plugins_name, "show only this plugin");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kAllOk : kUsageOrConfigError;
  }
  if (*run_app) return run_command(run);
  if (*merge_app) {
    merge.config_given = merge_app->count("--config") > 0;
    return merge_command(merge);
  }
  if (*serve_app) return serve_command(serve);
  if (*validate_app) return validate_command(validate, validate_print);
  return plugins_command(plugins, plugins_app->count("--config") > 0, plugins_name);
}
