#pragma once
// Expected failures as values: a code, a detail and, for parsers, a byte offset.
// A small stand-in for std::expected, which clang 14 (our fuzzing compiler) cannot use.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace Ndr {

struct Error {
    enum Code {
        FileNotFound,
        ReadFailed,
        WriteFailed,
        NotAMessageFile,  // neither a compound file nor MIME
        Malformed,        // the structure is broken beyond use
        TooLarge,         // a declared size or depth beyond the caps
        Unsupported,
        StoreError,
        NotFound,
        InvalidArgument,
    };
    Code code = Malformed;
    QString detail;
    qint64 offset = -1;  // byte offset in the input, where known

    QString toString() const
    {
        return offset >= 0 ? QStringLiteral("%1 (at byte %2)").arg(detail).arg(offset) : detail;
    }
};

template <typename T>
class Expected {
public:
    Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Expected(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_v.index() == 0; }
    explicit operator bool() const { return has_value(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

inline Error makeError(Error::Code code, const QString &detail, qint64 offset = -1)
{
    return Error{code, detail, offset};
}

} // namespace Ndr
