#pragma once
// The one bounds-checked reader over a byte buffer used by the .msg layer: every read checks
// the remaining length first; a failed read leaves the cursor where it was and returns false.
// Values are little-endian ([MS-OXMSG] and [MS-CFB] are little-endian throughout).
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtEndian>
#include <cstring>
#include <type_traits>

namespace Ndr::Msg {

class ByteCursor {
public:
    explicit ByteCursor(QByteArrayView data) : m_data(data) {}

    qsizetype pos() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    bool seek(qsizetype pos)
    {
        if (pos < 0 || pos > m_data.size())
            return false;
        m_pos = pos;
        return true;
    }
    bool skip(qsizetype n) { return n >= 0 && n <= remaining() && seek(m_pos + n); }

    template <typename T>
    bool read(T &out)
    {
        static_assert(std::is_arithmetic_v<T>);
        if (remaining() < qsizetype(sizeof(T)))
            return false;
        if constexpr (std::is_integral_v<T>) {
            out = qFromLittleEndian<T>(m_data.data() + m_pos);
        } else {
            // Floats: the bits are little-endian integers of the same width.
            using Bits = std::conditional_t<sizeof(T) == 4, quint32, quint64>;
            const Bits bits = qFromLittleEndian<Bits>(m_data.data() + m_pos);
            std::memcpy(&out, &bits, sizeof out);
        }
        m_pos += sizeof(T);
        return true;
    }

    // A view into the buffer (no copy); empty optional-like failure through the bool.
    bool view(qsizetype n, QByteArrayView &out)
    {
        if (n < 0 || n > remaining())
            return false;
        out = m_data.sliced(m_pos, n);
        m_pos += n;
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// UTF-16LE text up to its first NUL (or the end), as [MS-OXMSG] strings and [MS-CFB] entry
// names are kept. Exact: every other code unit is kept, lone surrogates too; an odd last byte
// is ignored.
inline QString utf16leUntilNul(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype units = bytes.size() / 2;
    for (qsizetype i = 0; i < units; ++i) {
        if (p[2 * i] == 0 && p[2 * i + 1] == 0) {
            units = i;
            break;
        }
    }
    if (units == 0)
        return QString();  // an empty view may have no data at all; memcpy must not see it
    QString s(units, Qt::Uninitialized);
    qFromLittleEndian<quint16>(p, units, s.data());
    return s;
}

// The writing counterpart: appends little-endian values to a QByteArray.
class ByteWriter {
public:
    explicit ByteWriter(QByteArray &out) : m_out(out) {}

    template <typename T>
    void write(T v)
    {
        static_assert(std::is_arithmetic_v<T>);
        char buf[sizeof(T)];
        if constexpr (std::is_integral_v<T>) {
            qToLittleEndian<T>(v, buf);
        } else {
            using Bits = std::conditional_t<sizeof(T) == 4, quint32, quint64>;
            Bits bits;
            std::memcpy(&bits, &v, sizeof bits);
            qToLittleEndian<Bits>(bits, buf);
        }
        m_out.append(buf, sizeof buf);
    }
    void append(QByteArrayView bytes) { m_out.append(bytes.data(), bytes.size()); }
    void zeros(qsizetype n) { m_out.append(n, '\0'); }

private:
    QByteArray &m_out;
};

} // namespace Ndr::Msg
