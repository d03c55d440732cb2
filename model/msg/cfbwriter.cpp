// Writing the compound file ([MS-CFB]) through libgsf's MS-OLE outfile.
// glib/gsf first: glib has a struct field named `signals`.
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-output.h>
#include <gsf/gsf-utils.h>

#include "cfb.h"

#include "cfblayout.h"

#include <memory>
#include <vector>

namespace Ndr::Msg::Cfb {

namespace {
struct GObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
} // namespace

struct WriterImpl {
    std::unique_ptr<GsfOutput, GObjectUnref> sink;
    std::vector<GsfOutfile *> handles;  // owned references; null once closed
    bool failed = false;

    ~WriterImpl()
    {
        for (GsfOutfile *h : handles)
            if (h)
                g_object_unref(h);
    }
    GsfOutfile *handle(Writer::Handle h) const
    {
        return h >= 0 && size_t(h) < handles.size() ? handles[size_t(h)] : nullptr;
    }
};

Writer::Writer() : m_d(std::make_unique<WriterImpl>())
{
    m_d->sink.reset(gsf_output_memory_new());
    m_d->handles.push_back(gsf_outfile_msole_new(m_d->sink.get()));
}

Writer::~Writer() = default;

Writer::Handle Writer::createStorage(Handle parent, const QString &name)
{
    GsfOutfile *p = m_d->handle(parent);
    GsfOutput *child = p ? gsf_outfile_new_child(p, name.toUtf8().constData(), TRUE) : nullptr;
    if (!child) {
        m_d->failed = true;
        return -1;
    }
    m_d->handles.push_back(GSF_OUTFILE(child));
    return Handle(m_d->handles.size() - 1);
}

bool Writer::writeStream(Handle parent, const QString &name, const QByteArray &data)
{
    GsfOutfile *p = m_d->handle(parent);
    GsfOutput *child = p ? gsf_outfile_new_child(p, name.toUtf8().constData(), FALSE) : nullptr;
    if (!child) {
        m_d->failed = true;
        return false;
    }
    // Written in one call straight from the caller's buffer: no intermediate copy.
    bool ok = data.isEmpty() || gsf_output_write(child, size_t(data.size()), reinterpret_cast<const guint8 *>(data.constData()));
    ok = gsf_output_close(child) && ok;
    g_object_unref(child);
    m_d->failed = m_d->failed || !ok;
    return ok;
}

bool Writer::closeStorage(Handle storage)
{
    GsfOutfile *h = m_d->handle(storage);
    if (!h || storage == 0)
        return false;
    const bool ok = gsf_output_close(GSF_OUTPUT(h));
    g_object_unref(h);
    m_d->handles[size_t(storage)] = nullptr;
    m_d->failed = m_d->failed || !ok;
    return ok;
}

Expected<QByteArray> Writer::finish()
{
    GsfOutfile *root = m_d->handle(0);
    const bool ok = root && gsf_output_close(GSF_OUTPUT(root));
    if (root) {
        g_object_unref(root);
        m_d->handles[0] = nullptr;
    }
    if (!ok || m_d->failed)
        return makeError(Error::WriteFailed, QStringLiteral("the compound file could not be written"));
    GsfOutputMemory *mem = GSF_OUTPUT_MEMORY(m_d->sink.get());
    const gsf_off_t size = gsf_output_size(m_d->sink.get());
    QByteArray bytes(reinterpret_cast<const char *>(gsf_output_memory_get_bytes(mem)), qsizetype(size));
    m_d->sink.reset();  // the memory sink's buffer goes before the caller gets the copy
    relinkDirectory(bytes);
    return bytes;
}

} // namespace Ndr::Msg::Cfb
