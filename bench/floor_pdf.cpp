// The PDF floor for bench/run.sh: poppler-cpp's word boxes (text_list) of every page of every file, in one
// process. docpipe's PDF batch is measured against this.   docpipe_floor_pdf FILE...
#include <poppler-document.h>
#include <poppler-page.h>

#include <cstdio>
#include <memory>

int main(int argc, char** argv) {
  std::size_t words = 0;
  for (int i = 1; i < argc; ++i) {
    const std::unique_ptr<poppler::document> document(poppler::document::load_from_file(argv[i]));
    if (!document) continue;
    for (int p = 0; p < document->pages(); ++p) {
      const std::unique_ptr<poppler::page> page(document->create_page(p));
      if (page) words += page->text_list().size();
    }
  }
  std::printf("%zu words\n", words);
}
