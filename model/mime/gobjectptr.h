#pragma once
// RAII owners for GMime's GObjects and glib strings. Include from .cpp files only, before any
// Qt header (glib has a field named `signals`).
#include <gmime/gmime.h>

#include <mutex>
#include <utility>

namespace Ndr::Mime {

// Owns one reference to a GObject; unrefs it when it goes.
template <typename T>
class GObjectPtr {
public:
    GObjectPtr() = default;
    // Takes over a reference the caller owns (the result of a *_new or construct call).
    explicit GObjectPtr(T *owned) : m_p(owned) {}
    // Adds a reference to an object someone else owns (a getter's result).
    static GObjectPtr ref(T *borrowed)
    {
        if (borrowed)
            g_object_ref(borrowed);
        return GObjectPtr(borrowed);
    }
    GObjectPtr(const GObjectPtr &) = delete;
    GObjectPtr &operator=(const GObjectPtr &) = delete;
    GObjectPtr(GObjectPtr &&o) noexcept : m_p(std::exchange(o.m_p, nullptr)) {}
    GObjectPtr &operator=(GObjectPtr &&o) noexcept
    {
        if (this != &o) {
            reset();
            m_p = std::exchange(o.m_p, nullptr);
        }
        return *this;
    }
    ~GObjectPtr() { reset(); }

    void reset()
    {
        if (m_p)
            g_object_unref(m_p);
        m_p = nullptr;
    }
    T *get() const { return m_p; }
    T *operator->() const { return m_p; }
    explicit operator bool() const { return m_p != nullptr; }

private:
    T *m_p = nullptr;
};

// Owns a string glib allocated (g_free).
class GCharPtr {
public:
    explicit GCharPtr(char *owned = nullptr) : m_p(owned) {}
    GCharPtr(const GCharPtr &) = delete;
    GCharPtr &operator=(const GCharPtr &) = delete;
    ~GCharPtr() { g_free(m_p); }
    const char *get() const { return m_p; }
    explicit operator bool() const { return m_p != nullptr; }

private:
    char *m_p = nullptr;
};

// g_mime_init once per process; GMime's global state is never torn down while we run.
inline void ensureGMimeInit()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace Ndr::Mime
