// docpipe: runs plugin pipelines over batches of documents.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "docpipe/descriptor.hpp"

int main(int argc, char** argv) {
  using namespace docpipe::cli;
  CLI::App app{"docpipe: turns annual rule-of-law government reports into data, with plugin pipelines"};
  app.set_version_flag("--version", fmt::format("docpipe {} (plugin ABI {})", DOCPIPE_VERSION, docpipe::kAbiVersion));
  app.require_subcommand(1);

  RunArguments run;
  auto* run_app = app.add_subcommand("run", "run a pipeline over files and directories");
  run_app->add_option("--config,-c", run.config, "pipeline config (XML, JSON or INFO)")->required();
  run_app->add_option("--out,-o", run.output_directory, "output directory")->capture_default_str();
  run_app->add_option("-j,--jobs", run.workers, "worker processes, documents in parallel (default: number of cores)");
  run_app->add_option("--timeout", run.timeout_seconds, "seconds per document before its worker is stopped (0: none)")
      ->capture_default_str();
  run_app->add_option("--max-memory", run.max_memory_megabytes, "MiB of address space per worker (0: no limit)")
      ->capture_default_str();
  run_app->add_option("--plugin-path", run.plugin_paths, "directory to search for plugins (repeatable)");
  run_app->add_option("inputs", run.inputs, "files and directories (searched recursively)")->required();

  std::filesystem::path validate_config;
  std::vector<std::filesystem::path> validate_paths;
  auto* validate_app = app.add_subcommand("validate", "check a pipeline config without running it");
  validate_app->add_option("--config,-c", validate_config, "pipeline config")->required();
  validate_app->add_option("--plugin-path", validate_paths, "directory to search for plugins (repeatable)");

  std::vector<std::filesystem::path> plugins_paths;
  std::filesystem::path plugins_config;
  std::string plugins_name;
  auto* plugins_app = app.add_subcommand("plugins", "list every plugin found, and every library refused");
  plugins_app->add_option("--plugin-path", plugins_paths, "directory to search for plugins (repeatable)");
  plugins_app->add_option("--config,-c", plugins_config, "also search the plugin paths of this config");
  plugins_app->add_option("name", plugins_name, "show only this plugin");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kAllOk : kUsageOrConfigError;
  }
  if (*run_app) return run_command(run);
  if (*validate_app) return validate_command(validate_config, validate_paths);
  return plugins_command(plugins_paths, plugins_config, plugins_name);
}
