#include "plugin_library.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/dll/shared_library.hpp>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <set>

namespace docpipe::host {

std::vector<std::string> to_strings(const char* const* items) {
  std::vector<std::string> out;
  for (; items != nullptr && *items != nullptr; ++items) out.emplace_back(*items);
  return out;
}

namespace {

bool is_blank(const char* text) { return text == nullptr || *text == '\0'; }

}  // namespace

std::string descriptor_problem(const PluginDescriptor& descriptor) {
  if (is_blank(descriptor.name)) return "descriptor has no name";
  if (is_blank(descriptor.version)) return "descriptor has no version";
  const bool has_input = descriptor.create_input != nullptr;
  const bool has_analysis = descriptor.create_analysis != nullptr;
  const bool has_output = descriptor.create_output != nullptr;
  const bool has_corpus = descriptor.create_corpus != nullptr;
  if (has_input + has_analysis + has_output + has_corpus != 1) return "descriptor must set exactly one factory";
  switch (descriptor.kind) {
    case PluginKind::input:
      if (!has_input) return "kind is input but create_input is not set";
      break;
    case PluginKind::analysis:
      if (!has_analysis) return "kind is analysis but create_analysis is not set";
      break;
    case PluginKind::output:
      if (!has_output) return "kind is output but create_output is not set";
      break;
    case PluginKind::corpus:
      if (!has_corpus) return "kind is corpus but create_corpus is not set";
      break;
    default:
      return fmt::format("unknown plugin kind {}", static_cast<std::uint32_t>(descriptor.kind));
  }
  if (descriptor.create_renderer != nullptr && descriptor.kind != PluginKind::output) {
    return "create_renderer is set, but only output plugins have renderers";
  }
  if (descriptor.create_summary_renderer != nullptr && descriptor.kind != PluginKind::output) {
    return "create_summary_renderer is set, but only output plugins have renderers";
  }
  if (descriptor.create_renderer != nullptr && descriptor.create_summary_renderer != nullptr) {
    return "both create_renderer and create_summary_renderer are set: an output has one renderer";
  }
  for (const void* reserved : descriptor.reserved) {
    if (reserved != nullptr) return "reserved fields are set: the library was built for a newer SDK";
  }
  for (const auto& rule : to_strings(descriptor.rules)) {
    if (rule.empty()) return "a rule id is empty";
  }
  if (descriptor.parameter_count > 0 && descriptor.parameters == nullptr)
    return "parameter_count set but no parameters";
  std::set<std::string> names;
  for (std::size_t i = 0; i < descriptor.parameter_count; ++i) {
    const ParameterSpec& spec = descriptor.parameters[i];
    if (is_blank(spec.name)) return fmt::format("parameter {} has no name", i);
    if (!names.insert(spec.name).second) return fmt::format("parameter '{}' declared twice", spec.name);
    if (to_string(spec.type) == "unknown") return fmt::format("parameter '{}' has an unknown type", spec.name);
    if (!parse_parameter(spec.type, spec.default_value == nullptr ? "" : spec.default_value)) {
      return fmt::format("default of parameter '{}' is not a valid {}", spec.name, to_string(spec.type));
    }
  }
  return {};
}

namespace {

// The ABI version, then the rest of the descriptor at `symbol` (the address of the exported descriptor, or
// null when the library exports none). Returns the descriptor, or why the library is refused.
std::variant<const PluginDescriptor*, std::string> checked_descriptor(const void* symbol) {
  if (symbol == nullptr) return fmt::format("not a docpipe plugin: it exports no '{}'", kDescriptorSymbol);
  // Read the ABI version alone first: a library built against another SDK may
  // lay out the rest of the descriptor differently.
  const auto abi_version = *static_cast<const std::uint32_t*>(symbol);
  if (abi_version != kAbiVersion) {
    return fmt::format(
        "ABI version mismatch: the library was built for docpipe ABI {}, "
        "this host speaks ABI {}; rebuild the plugin against this docpipe's SDK",
        abi_version, kAbiVersion);
  }
  const auto* descriptor = static_cast<const PluginDescriptor*>(symbol);
  if (const auto problem = descriptor_problem(*descriptor); !problem.empty()) return "malformed descriptor: " + problem;
  return descriptor;
}

// A library's constructors run as it loads, before any check of ours: one that crashes, exits or hangs
// would take the host down with it. So a library is examined in a throwaway child process first: loaded
// there and checked like in the host, it answers with the plugin name it declares.
constexpr unsigned kProbeSeconds = 10;

// Runs in the child: 'K' and the plugin's name for a library that passed, 'R' and the reason for one
// refused by a check, 'E' and the loader's own message (which names the real problem: "invalid ELF header",
// a missing dependency) for one that cannot be loaded.
std::string examine_here(const std::filesystem::path& file) {
  void* handle = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    return std::string("E") + (why ? why : "unknown error");
  }
  const auto checked = checked_descriptor(::dlsym(handle, kDescriptorSymbol));
  if (const auto* reason = std::get_if<std::string>(&checked)) return "R" + *reason;
  return std::string("K") + std::get<const PluginDescriptor*>(checked)->name;
}

std::variant<std::string, RefusedPlugin> answer_of(const std::filesystem::path& file, const std::string& answer) {
  if (answer.size() > 1 && answer[0] == 'K') return answer.substr(1);
  if (!answer.empty() && answer[0] == 'R') return RefusedPlugin{file, answer.substr(1)};
  return RefusedPlugin{file, "cannot be loaded: " + (answer.empty() ? std::string("unknown error") : answer.substr(1))};
}

}  // namespace

std::variant<std::string, RefusedPlugin> examine_plugin_library(const std::filesystem::path& file) {
  int channel[2];
  // Without a child, the examination happens here, as it did before there was one: better than refusing
  // every library of a host that has hit its process limit.
  if (::pipe2(channel, O_CLOEXEC) != 0) return answer_of(file, examine_here(file));
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(channel[0]), ::close(channel[1]);
    return answer_of(file, examine_here(file));
  }
  if (pid == 0) {
    ::close(channel[0]);
    ::alarm(kProbeSeconds);
    // The default action, so that a crash reads as one (a sanitizer's handler would turn it into an exit).
    for (const int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) std::signal(signal, SIG_DFL);
    const std::string answer = examine_here(file);
    [[maybe_unused]] const auto written = ::write(channel[1], answer.data(), answer.size());
    ::_exit(0);  // no destructors, no atexit handlers of the library: they are not ours to run
  }
  ::close(channel[1]);
  std::string answer;
  char buffer[512];
  for (;;) {
    const ssize_t got = ::read(channel[0], buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    answer.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(channel[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!answer.empty() && (answer[0] != 'K' || (WIFEXITED(status) && WEXITSTATUS(status) == 0))) {
    return answer_of(file, answer);
  }
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM) {
    return RefusedPlugin{file,
                         fmt::format("cannot be loaded: its initialization did not finish within {} s", kProbeSeconds)};
  }
  if (WIFSIGNALED(status)) {
    const char* name = strsignal(WTERMSIG(status));
    return RefusedPlugin{file, fmt::format("cannot be loaded: it crashed while initializing (signal {}: {})",
                                           WTERMSIG(status), name ? name : "unknown")};
  }
  return RefusedPlugin{file, fmt::format("cannot be loaded: its initialization ended the process (exit status {})",
                                         WIFEXITED(status) ? WEXITSTATUS(status) : -1)};
}

std::variant<LoadedPlugin, RefusedPlugin> load_plugin_library(const std::filesystem::path& file, Examined examined) {
  if (examined == Examined::not_yet) {
    if (auto outcome = examine_plugin_library(file); std::holds_alternative<RefusedPlugin>(outcome)) {
      return std::get<RefusedPlugin>(std::move(outcome));
    }
  }
  auto library = std::make_shared<boost::dll::shared_library>();
  boost::dll::fs::error_code error;
  // RTLD_NODELETE: a library stays mapped until the process ends, so that what it registered with other
  // libraries (libxml2, ICU) stays valid, and LeakSanitizer sees its allocations as reachable.
  library->load(file, error,
                boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local |
                    static_cast<boost::dll::load_mode::type>(RTLD_NODELETE));
  if (error) return RefusedPlugin{file, "cannot be loaded: " + error.message()};
  const void* symbol =
      library->has(kDescriptorSymbol) ? &library->get<const PluginDescriptor>(kDescriptorSymbol) : nullptr;
  auto checked = checked_descriptor(symbol);
  if (auto* reason = std::get_if<std::string>(&checked)) return RefusedPlugin{file, std::move(*reason)};
  return LoadedPlugin{std::move(library), std::get<const PluginDescriptor*>(checked), file};
}

}  // namespace docpipe::host
