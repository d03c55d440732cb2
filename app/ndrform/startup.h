#pragma once
// What ndrform's start (main.cpp, Qt Core only) hands its window module (windowmain.cpp, Qt
// Widgets), which it loads once the report is being read: the window's libraries take some
// 15 ms to load, and a large report as long to read.
#include "reportfile.h"

#include <QString>
#include <future>
#include <optional>
#include <utility>

namespace Ndr {

struct Startup {
    int argc = 0;
    char **argv = nullptr;
    bool screenshot = false;  // --screenshot or --screenshot-all: the environment is pinned
    QString lang;             // --lang, else English for screenshots; empty: the system's language
    QString localeCode;       // the default locale, set already
    // The report named on the command line (absolute; empty: the sample), being read. None when
    // the command line asks for something else (help, version, every screenshot) or is wrong.
    std::optional<std::pair<QString, std::future<Expected<ReadReport>>>> reading;
};

} // namespace Ndr

// The window module's entry (libndrform_window.so): runs the window; returns the exit status.
#define NDR_WINDOW_MODULE_FILE "libndrform_window.so"
#define NDR_WINDOW_MODULE_ENTRY "ndrform_window_main"
extern "C" int ndrform_window_main(Ndr::Startup *startup);
