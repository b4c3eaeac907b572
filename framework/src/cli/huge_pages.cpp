// Transparent huge pages for the program's large and growing memory: the replacement of the global
// allocation functions, and the heap's padding that goes with it.
//
// Why: Debian's kernels default to THP "madvise", and glibc's malloc only advises when the process
// started with GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which a program cannot set for itself. Without it a
// 10 MB report touches some 120 MB of fresh memory in 4 KiB faults (31,000 of them, half of the run's CPU
// against issue 18's `uconv`); in 2 MiB pages it takes a few thousand. Memory still comes from malloc and
// goes back through free, so every allocation and deallocation is glibc's as before; only the advice is added.
//
// Only the executable replaces the allocation functions (the workers are its forks; the plugins' operator
// new resolves to it), and not under the sanitizers, whose own operator new checks that new and delete pair.
#include "huge_pages.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(MADV_HUGEPAGE) && !defined(DOCPIPE_SANITIZED)
#define DOCPIPE_ADVISE_HUGE_PAGES 1
#endif

#ifdef DOCPIPE_ADVISE_HUGE_PAGES
namespace {

// x86-64's and arm64's (4 KiB base pages) PMD page. Advising another size does no harm: the kernel maps a
// huge page only where an aligned one fits.
constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;

// How far the heap grows at a time: far enough that the growth is advised before it is touched (a huge
// page is only mapped where none of its small pages is). Address space, not memory: untouched pages cost
// nothing. 8 MiB left twice the faults of 32 MiB on the 10 MB report.
constexpr int heap_growth = 32 << 20;

// glibc's ceiling for its sliding mmap threshold on 64-bit (DEFAULT_MMAP_THRESHOLD_MAX): larger blocks are
// still mapped alone and given back when freed, so a giant document's memory does not stay with the worker.
constexpr int largest_heap_block = 32 << 20;

void advise(std::uintptr_t begin, std::uintptr_t end) noexcept {
  const std::uintptr_t first = (begin + huge_page - 1) & ~(huge_page - 1);
  const std::uintptr_t last = end & ~(huge_page - 1);
  // Advice only: a kernel without THP refuses it, and the memory is as good as before.
  if (last > first) (void)::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
}

// The top of the main heap as last advised, 0 before the first allocation (the heap up to there is already
// touched). The one piece of process state here: it belongs to the heap itself, which is per process.
std::atomic<std::uintptr_t> heap_advised_to{0};

// malloc grows the main heap with brk, which no allocation function sees: the new top is advised on the
// next allocation, before the caller has written to it.
void advise_heap_growth() noexcept {
  const auto top = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  std::uintptr_t advised = heap_advised_to.load(std::memory_order_relaxed);
  if (top < advised + huge_page) return;
  if (!heap_advised_to.compare_exchange_strong(advised, top, std::memory_order_relaxed)) return;
  if (advised != 0) advise(advised, top);
}

void* allocate(std::size_t size) noexcept {
  void* block = std::malloc(size == 0 ? 1 : size);
  // A block this large is a chunk of its own (glibc maps it apart from the heap): its interior is advised.
  if (block != nullptr && size >= 2 * huge_page) {
    const auto begin = reinterpret_cast<std::uintptr_t>(block);
    advise(begin, begin + size);
  }
  advise_heap_growth();
  return block;
}

void* allocate_or_throw(std::size_t size) {
  for (;;) {
    if (void* block = allocate(size)) return block;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void* allocate_or_null(std::size_t size) noexcept {
  try {
    return allocate_or_throw(size);
  } catch (...) {
    return nullptr;
  }
}

}  // namespace

void* operator new(std::size_t size) { return allocate_or_throw(size); }
void* operator new[](std::size_t size) { return allocate_or_throw(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate_or_null(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate_or_null(size); }
void operator delete(void* block) noexcept { std::free(block); }
void operator delete[](void* block) noexcept { std::free(block); }
void operator delete(void* block, std::size_t) noexcept { std::free(block); }
void operator delete[](void* block, std::size_t) noexcept { std::free(block); }
void operator delete(void* block, const std::nothrow_t&) noexcept { std::free(block); }
void operator delete[](void* block, const std::nothrow_t&) noexcept { std::free(block); }

void docpipe::cli::prefer_huge_pages() {
  (void)::mallopt(M_TOP_PAD, heap_growth);
  // Setting any of these turns off glibc's sliding mmap threshold, which would otherwise rise to a freed
  // block's size: left at 128 KiB, every block above it is mapped alone and unmapped when freed, so each
  // string that grows or is built again comes back as fresh pages the kernel zeroes (a whole huge page at a
  // time, once advised: 20 % of a 32,000-heading report's CPU). Set as the sliding threshold ends up:
  // blocks up to its ceiling come from the heap, whose top is kept up to twice that when freed.
  (void)::mallopt(M_MMAP_THRESHOLD, largest_heap_block);
  (void)::mallopt(M_TRIM_THRESHOLD, 2 * largest_heap_block);
}
#else
void docpipe::cli::prefer_huge_pages() {}
#endif
