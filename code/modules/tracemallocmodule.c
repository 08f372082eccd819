/* tracemallocmodule.c: the tracemalloc module (chapter 12): CPython's
 * Modules/_tracemalloc.c (the functions written in C) and, as a frozen
 * module run at import, the part of Lib/tracemalloc.py the book uses
 * (Snapshot, Statistic, StatisticDiff, Traceback, Frame).
 *
 *     import tracemalloc
 *     tracemalloc.start()
 *     before = tracemalloc.take_snapshot()
 *     ...
 *     for stat in tracemalloc.take_snapshot().compare_to(before, 'lineno')[:3]:
 *         print(stat)
 *
 * The names, arguments, errors and printed formats are CPython 3.11's; the
 * byte counts are minipy's (its objects have other sizes), and only one
 * frame per trace is recorded. The tracer leaves out the blocks that its
 * own Python half allocates (CPython traces them; its documentation
 * suggests a filter to hide them).
 */
#include <string.h>

#include "bool.h"
#include "error.h"
#include "int.h"
#include "list.h"
#include "memory.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "traces.h"
#include "tuple.h"

#if CHAPTER >= CH_LEAKS
#define TRACES (&runtime.traces)
#define MAX_NFRAME 65535        /* CPython's MAX_NFRAME: a uint16_t */

static Object *tm_start(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self;
    if (args_no_kw("_tracemalloc.start", kwnames) < 0 || args_range("start", nargs, 0, 1) < 0)
        return NULL;
    int64_t nframe = 1;
    if (nargs == 1) {
        /* CPython converts to a C int first, with this message. */
        if (is_int(args[0]) && int_bit_length(args[0]) > 31)
            return error_format(&exc_OverflowError, "Python int too large to convert to C int");
        if (int_as_index(args[0], &nframe) < 0)
            return NULL;
    }
    if (nframe < 1 || nframe > MAX_NFRAME)
        return error_format(&exc_ValueError,
                            "the number of frames must be in range [1; %d]", MAX_NFRAME);
    traces_start((int)nframe);
    return incref(None);
}

/* The functions that take no arguments, with CPython's message. */
static int no_arguments(const char *qualname, size_t nargs, Object *kwnames)
{
    if (args_no_kw(qualname, kwnames) < 0)
        return -1;
    return args_exact(qualname, nargs, 0);
}

static Object *tm_stop(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("_tracemalloc.stop", nargs, kwnames) < 0)
        return NULL;
    traces_stop();
    return incref(None);
}

static Object *tm_is_tracing(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("_tracemalloc.is_tracing", nargs, kwnames) < 0)
        return NULL;
    return bool_from(TRACES->tracing);
}

static Object *tm_clear_traces(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("_tracemalloc.clear_traces", nargs, kwnames) < 0)
        return NULL;
    traces_clear();
    return incref(None);
}

static Object *tm_get_traced_memory(Object *self, Object **args, size_t nargs,
                                    Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("_tracemalloc.get_traced_memory", nargs, kwnames) < 0)
        return NULL;
    /* Both read before the ints are made: making them is traced too. */
    int64_t traced = (int64_t)TRACES->traced, most = (int64_t)TRACES->peak;
    Object *current = int_from_i64(traced);
    Object *peak = int_from_i64(most);
    Object *pair = tuple_pack(2, current, peak);
    decref(current);
    decref(peak);
    return pair;
}

static Object *tm_reset_peak(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("_tracemalloc.reset_peak", nargs, kwnames) < 0)
        return NULL;
    TRACES->peak = TRACES->traced;
    return incref(None);
}

static Object *tm_get_traceback_limit(Object *self, Object **args, size_t nargs,
                                      Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("_tracemalloc.get_traceback_limit", nargs, kwnames) < 0)
        return NULL;
    return int_from_i64(TRACES->nframe ? TRACES->nframe : 1);
}

/* One (size, filename, lineno) tuple per trace, for Snapshot. */
static void append_trace(const Trace *trace, const char *filename, void *list)
{
    Object *size = int_from_i64((int64_t)trace->size);
    Object *name = str_from_cstr(filename);
    Object *lineno = int_from_i64(trace->lineno);
    Object *item = tuple_pack(3, size, name, lineno);
    if (list_append(list, item) < 0)
        error_clear();
    decref(item);
    decref(size);
    decref(name);
    decref(lineno);
}

/* The list is built with tracing paused: the copy of the traces must not
 * add traces of its own while the table is being walked. */
static Object *tm_get_traces(Object *self, Object **args, size_t nargs, Object *kwnames)
{
    (void)self, (void)args;
    if (no_arguments("_tracemalloc._get_traces", nargs, kwnames) < 0)
        return NULL;
    bool tracing = TRACES->tracing;
    TRACES->tracing = false;
    Object *list = list_new(0);
    traces_each(append_trace, list);
    TRACES->tracing = tracing;
    return list;
}

static const MethodDef tracemalloc_functions[] = {
    {"start", tm_start},
    {"stop", tm_stop},
    {"is_tracing", tm_is_tracing},
    {"clear_traces", tm_clear_traces},
    {"get_traced_memory", tm_get_traced_memory},
    {"reset_peak", tm_reset_peak},
    {"get_traceback_limit", tm_get_traceback_limit},
    {"_get_traces", tm_get_traces},
    {NULL, NULL},
};

/* strcpy that returns the end (stpcpy is POSIX 2008, not C11). */
static char *stpcpy_portable(char *to, const char *from)
{
    size_t n = strlen(from);
    memcpy(to, from, n + 1);
    return to + n;
}

/* region tracemalloc python */
/* The Python half: Lib/tracemalloc.py's classes, cut to one frame per
 * trace and the three key types. An array of lines, since C11 promises
 * string literals of only 4095 characters. */
static const char *const tracemalloc_source[] = {
    "def _format_size(size, sign):\n",
    "    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):\n",
    "        if abs(size) < 100 and unit != 'B':\n",
    "            if sign:\n",
    "                return '%+.1f %s' % (size, unit)\n",
    "            return '%.1f %s' % (size, unit)\n",
    "        if abs(size) < 10 * 1024 or unit == 'TiB':\n",
    "            if sign:\n",
    "                return '%+.0f %s' % (size, unit)\n",
    "            return '%.0f %s' % (size, unit)\n",
    "        size /= 1024\n",
    "\n",
    "class Frame:\n",
    "    def __init__(self, filename, lineno):\n",
    "        self.filename = filename\n",
    "        self.lineno = lineno\n",
    "    def __eq__(self, other):\n",
    "        if not isinstance(other, Frame):\n",
    "            return NotImplemented\n",
    "        return (self.filename, self.lineno) == (other.filename, other.lineno)\n",
    "    def __hash__(self):\n",
    "        return hash((self.filename, self.lineno))\n",
    "    def __str__(self):\n",
    "        return '%s:%s' % (self.filename, self.lineno)\n",
    "    def __repr__(self):\n",
    "        return '<Frame filename=%r lineno=%r>' % (self.filename, self.lineno)\n",
    "\n",
    "class Traceback:\n",
    "    def __init__(self, filename, lineno):\n",
    "        self._key = (filename, lineno)\n",
    "        self._frames = (Frame(filename, lineno),)\n",
    "    def __len__(self):\n",
    "        return len(self._frames)\n",
    "    def __getitem__(self, index):\n",
    "        return self._frames[index]\n",
    "    def __eq__(self, other):\n",
    "        if not isinstance(other, Traceback):\n",
    "            return NotImplemented\n",
    "        return self._key == other._key\n",
    "    def __hash__(self):\n",
    "        return hash(self._key)\n",
    "    def __str__(self):\n",
    "        return str(self._frames[0])\n",
    "    def __repr__(self):\n",
    "        return '<Traceback %r>' % (self._frames,)\n",
    "\n",
    "class Statistic:\n",
    "    def __init__(self, traceback, size, count):\n",
    "        self.traceback = traceback\n",
    "        self.size = size\n",
    "        self.count = count\n",
    "    def __str__(self):\n",
    "        text = '%s: size=%s, count=%i' % (self.traceback,\n",
    "                                          _format_size(self.size, False), self.count)\n",
    "        if self.count:\n",
    "            text += ', average=%s' % _format_size(self.size / self.count, False)\n",
    "        return text\n",
    "    def __repr__(self):\n",
    "        return '<Statistic traceback=%r size=%i count=%i>' % (\n",
    "            self.traceback, self.size, self.count)\n",
    "    def _sort_key(self):\n",
    "        return (self.size, self.count, self.traceback._key)\n",
    "\n",
    "class StatisticDiff:\n",
    "    def __init__(self, traceback, size, size_diff, count, count_diff):\n",
    "        self.traceback = traceback\n",
    "        self.size = size\n",
    "        self.size_diff = size_diff\n",
    "        self.count = count\n",
    "        self.count_diff = count_diff\n",
    "    def __str__(self):\n",
    "        text = '%s: size=%s (%s), count=%i (%+i)' % (\n",
    "            self.traceback, _format_size(self.size, False),\n",
    "            _format_size(self.size_diff, True), self.count, self.count_diff)\n",
    "        if self.count:\n",
    "            text += ', average=%s' % _format_size(self.size / self.count, False)\n",
    "        return text\n",
    "    def __repr__(self):\n",
    "        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (\n",
    "            self.traceback, self.size, self.size_diff, self.count, self.count_diff)\n",
    "    def _sort_key(self):\n",
    "        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,\n",
    "                self.traceback._key)\n",
    "\n",
    "class Snapshot:\n",
    "    def __init__(self, traces, traceback_limit):\n",
    "        self._traces = traces\n",
    "        self.traceback_limit = traceback_limit\n",
    "    def _group_by(self, key_type, cumulative):\n",
    "        if key_type not in ('traceback', 'filename', 'lineno'):\n",
    "            raise ValueError('unknown key_type: %r' % (key_type,))\n",
    "        if cumulative and key_type not in ('lineno', 'filename'):\n",
    "            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)\n",
    "        sizes = {}\n",
    "        for size, filename, lineno in self._traces:\n",
    "            key = (filename, 0 if key_type == 'filename' else lineno)\n",
    "            if key in sizes:\n",
    "                sizes[key][0] += size\n",
    "                sizes[key][1] += 1\n",
    "            else:\n",
    "                sizes[key] = [size, 1]\n",
    "        stats = {}\n",
    "        for key, total in sizes.items():\n",
    "            traceback = Traceback(key[0], key[1])\n",
    "            stats[traceback] = Statistic(traceback, total[0], total[1])\n",
    "        return stats\n",
    "    def statistics(self, key_type, cumulative=False):\n",
    "        statistics = list(self._group_by(key_type, cumulative).values())\n",
    "        statistics.sort(reverse=True, key=Statistic._sort_key)\n",
    "        return statistics\n",
    "    def compare_to(self, old_snapshot, key_type, cumulative=False):\n",
    "        new_group = self._group_by(key_type, cumulative)\n",
    "        old_group = old_snapshot._group_by(key_type, cumulative)\n",
    "        statistics = _compare_grouped_stats(old_group, new_group)\n",
    "        statistics.sort(reverse=True, key=StatisticDiff._sort_key)\n",
    "        return statistics\n",
    "\n",
    "def _compare_grouped_stats(old_group, new_group):\n",
    "    statistics = []\n",
    "    for traceback, stat in new_group.items():\n",
    "        previous = old_group.pop(traceback, None)\n",
    "        if previous is not None:\n",
    "            stat = StatisticDiff(traceback, stat.size, stat.size - previous.size,\n",
    "                                 stat.count, stat.count - previous.count)\n",
    "        else:\n",
    "            stat = StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count)\n",
    "        statistics.append(stat)\n",
    "    for traceback, stat in old_group.items():\n",
    "        statistics.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))\n",
    "    return statistics\n",
    "\n",
    "def take_snapshot():\n",
    "    if not is_tracing():\n",
    "        raise RuntimeError('the tracemalloc module must be tracing memory '\n",
    "                           'allocations to take a snapshot')\n",
    "    return Snapshot(_get_traces(), get_traceback_limit())\n",
    NULL,
};
/* endregion */

static int exec_python_half(Object *module)
{
    size_t size = 1;
    for (const char *const *line = tracemalloc_source; *line; line++)
        size += strlen(*line);
    char *source = mem_alloc(size);
    char *end = source;
    for (const char *const *line = tracemalloc_source; *line; line++)
        end = stpcpy_portable(end, *line);
    int status = module_exec_frozen(module, TRACES_OWN_FILENAME, source);
    mem_free(source, size);
    return status;
}

Object *tracemalloc_module_init(void)
{
    Object *module = module_new("tracemalloc");
    if (module == NULL || module_add_functions(module, tracemalloc_functions) < 0
        || exec_python_half(module) < 0) {
        xdecref(module);
        return NULL;
    }
    return module;
}
#endif
