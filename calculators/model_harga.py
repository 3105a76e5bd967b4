"""Price models for the same job: fixed price, hourly, retainer.

Nothing here is tax: the amounts are before PPN and withholding, which fall the same way on every
model. What differs is who carries the uncertainty about hours, so the module works with a
probability model of the hours:

- The base hours ``T`` follow a **triangular distribution** from the three-point estimate
  (optimistic ``a``, likely ``m``, pessimistic ``b``): mean ``(a + m + b) / 3``, quantiles in
  closed form. It weights the tails more than the PERT mean ``(a + 4m + b) / 6``, so it errs on
  the cautious side, and every figure can be checked by hand.
- A **scope change** happens with probability ``p`` and then adds ``s x T`` hours (``s`` is its
  size as a share of the work). Total hours ``H = T x (1 + s B)`` with ``B`` ~ Bernoulli(p).

Cost of each model as a function of ``T`` and ``B``:

- hourly: ``r x H``;
- fixed: ``F + r x s x B x T``: the quote covers the agreed scope whatever its hours; a change is
  a change order paid at the hourly rate;
- retainer: ``R x D + o x max(0, H - J x D)``: ``D`` months of fee ``R`` including ``J`` hours a
  month, hours beyond at the overage rate ``o`` (spread evenly; unused hours do not roll over).

Expected costs are exact (closed forms); the likely range is the ``P10``-``P90`` interval of each
cost, from exact quantiles of the mixture (bisection on its distribution function where no closed
form exists). Decimal throughout; rounding only at display.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .format import angka, persen, rupiah
from .pembulatan import bulat_rupiah

NOL = Decimal(0)
SATU = Decimal(1)

#: The likely range is the interval between these quantiles ("8 out of 10 outcomes").
PERSENTIL_BAWAH = Decimal("0.10")
PERSENTIL_ATAS = Decimal("0.90")
#: Two expected costs closer than this share are treated as equal; then the narrower risk wins.
AMBANG_SETARA = Decimal("0.05")

MODEL = ("tetap", "per_jam", "retainer")
NAMA_MODEL = {"tetap": "Harga tetap", "per_jam": "Per jam", "retainer": "Retainer bulanan"}
#: The pairs of models whose break-even hours are reported, in this order.
PASANGAN = (("per_jam", "tetap"), ("per_jam", "retainer"), ("tetap", "retainer"))


@dataclass(frozen=True)
class Segitiga:
    """Triangular distribution of the base hours: a <= m <= b."""

    a: Decimal
    m: Decimal
    b: Decimal

    def __post_init__(self):
        if not (NOL <= self.a <= self.m <= self.b):
            raise ValueError("perlu 0 <= optimis <= realistis <= pesimis")

    @property
    def rata(self) -> Decimal:
        return (self.a + self.m + self.b) / 3

    def cdf(self, h: Decimal) -> Decimal:
        a, m, b = self.a, self.m, self.b
        if h < a:
            return NOL
        if h >= b:
            return SATU
        # here a <= h < b, so b > a
        if h <= m:
            return NOL if m == a else (h - a) ** 2 / ((b - a) * (m - a))
        return SATU - (b - h) ** 2 / ((b - a) * (b - m))

    def kuantil(self, u: Decimal) -> Decimal:
        a, m, b = self.a, self.m, self.b
        if b == a:
            return a
        batas = (m - a) / (b - a)
        if u <= batas:
            return a + (u * (b - a) * (m - a)).sqrt()
        return b - ((SATU - u) * (b - a) * (b - m)).sqrt()

    def kelebihan(self, k: Decimal) -> Decimal:
        """E[max(0, T - k)], the expected hours beyond k (closed form)."""
        a, m, b = self.a, self.m, self.b
        if k >= b:
            return NOL
        if k <= a:
            return self.rata - k
        # a < k < b, so b > a
        if k >= m:
            return (b - k) ** 3 / (3 * (b - a) * (b - m))
        ekor_atas = (b - m) ** 2 / (3 * (b - a))
        return (m - k) - ((m - a) ** 3 - (k - a) ** 3) / (3 * (b - a) * (m - a)) + ekor_atas


@dataclass(frozen=True)
class Jam:
    """Total hours H = T x (1 + s B), B ~ Bernoulli(p)."""

    dasar: Segitiga
    peluang: Decimal  # p, 0..1
    besar: Decimal  # s, share of the work added by a change

    @property
    def rata(self) -> Decimal:
        return self.dasar.rata * (1 + self.peluang * self.besar)

    def cdf(self, h: Decimal) -> Decimal:
        p, s = self.peluang, self.besar
        return (1 - p) * self.dasar.cdf(h) + p * self.dasar.cdf(h / (1 + s))

    def kuantil(self, u: Decimal) -> Decimal:
        if self.peluang == 0 or self.besar == 0:
            return self.dasar.kuantil(u)
        if self.peluang == 1:
            return self.dasar.kuantil(u) * (1 + self.besar)
        bawah, atas = self.dasar.a, self.dasar.b * (1 + self.besar)
        for _ in range(90):  # 2^-90 of the span: far below a tenth of an hour
            tengah = (bawah + atas) / 2
            if self.cdf(tengah) >= u:
                atas = tengah
            else:
                bawah = tengah
        return atas

    def kelebihan(self, k: Decimal) -> Decimal:
        """E[max(0, H - k)]."""
        p, s = self.peluang, self.besar
        return (1 - p) * self.dasar.kelebihan(k) + p * (1 + s) * self.dasar.kelebihan(k / (1 + s))

    def kuantil_tambahan(self, u: Decimal) -> Decimal:
        """Quantile of the change hours X = s x B x T (0 with probability 1 - p)."""
        p = self.peluang
        if p == 0 or self.besar == 0 or u <= 1 - p:
            return NOL
        return self.besar * self.dasar.kuantil((u - (1 - p)) / p)


@dataclass(frozen=True)
class Penawaran:
    """What the provider offers. ``harga_tetap`` / ``retainer`` are None when not quoted."""

    tarif_per_jam: Decimal
    harga_tetap: Decimal | None = None
    retainer_bulanan: Decimal | None = None
    jam_retainer_bulanan: Decimal = NOL
    tarif_kelebihan: Decimal | None = None
    durasi_bulan: int = 1

    @property
    def tarif_lebih(self) -> Decimal:
        return self.tarif_per_jam if self.tarif_kelebihan is None else self.tarif_kelebihan

    @property
    def jam_retainer_total(self) -> Decimal:
        return self.jam_retainer_bulanan * self.durasi_bulan

    @property
    def retainer_total(self) -> Decimal:
        return (self.retainer_bulanan or NOL) * self.durasi_bulan

    def model_tersedia(self) -> tuple[str, ...]:
        return tuple(m for m in MODEL if m == "per_jam"
                     or (m == "tetap" and self.harga_tetap is not None)
                     or (m == "retainer" and self.retainer_bulanan is not None))

    def biaya(self, model: str, jam: Decimal, jam_perubahan: Decimal = NOL) -> Decimal:
        """Cost of ``model`` when the work takes ``jam`` hours in total, ``jam_perubahan`` of
        them from scope changes (only the fixed price tells them apart)."""
        if model == "per_jam":
            return self.tarif_per_jam * jam
        if model == "tetap":
            assert self.harga_tetap is not None
            return self.harga_tetap + self.tarif_per_jam * jam_perubahan
        if model == "retainer":
            return self.retainer_total + self.tarif_lebih * max(NOL, jam - self.jam_retainer_total)
        raise ValueError(model)


@dataclass(frozen=True)
class Sebaran:
    """Expected cost and likely range (P10-P90) of one model."""

    model: str
    harapan: Decimal
    bawah: Decimal
    atas: Decimal

    @property
    def lebar(self) -> Decimal:
        return self.atas - self.bawah


def sebaran(penawaran: Penawaran, jam: Jam, model: str) -> Sebaran:
    pb, pa = PERSENTIL_BAWAH, PERSENTIL_ATAS
    r = penawaran.tarif_per_jam
    if model == "per_jam":
        return Sebaran(model, r * jam.rata, r * jam.kuantil(pb), r * jam.kuantil(pa))
    if model == "tetap":
        f = penawaran.harga_tetap
        assert f is not None
        tambahan = jam.dasar.rata * jam.peluang * jam.besar
        return Sebaran(model, f + r * tambahan, f + r * jam.kuantil_tambahan(pb),
                       f + r * jam.kuantil_tambahan(pa))
    if model == "retainer":
        k = penawaran.jam_retainer_total
        harapan = penawaran.retainer_total + penawaran.tarif_lebih * jam.kelebihan(k)
        return Sebaran(model, harapan, penawaran.biaya(model, jam.kuantil(pb)),
                       penawaran.biaya(model, jam.kuantil(pa)))
    raise ValueError(model)


def titik_impas(penawaran: Penawaran, x: str, y: str) -> Decimal | None:
    """Hours of agreed-scope work at which models ``x`` and ``y`` cost the same, or None.

    On this axis the fixed price is flat (no scope change), hourly rises from zero and the
    retainer is flat up to its included hours, then rises at the overage rate.
    """
    pasangan = frozenset((x, y))
    r, o = penawaran.tarif_per_jam, penawaran.tarif_lebih
    rd, k = penawaran.retainer_total, penawaran.jam_retainer_total
    f = penawaran.harga_tetap
    if pasangan == {"per_jam", "tetap"}:
        return None if f is None else f / r
    if pasangan == {"per_jam", "retainer"}:
        if r * k >= rd:
            return rd / r
        if r > o:
            return (rd - o * k) / (r - o)
        return None
    if pasangan == {"tetap", "retainer"}:
        if f is None or f <= rd or o == 0:
            return None
        return k + (f - rd) / o
    raise ValueError(f"{x}/{y}")


@dataclass
class Perbandingan:
    jam: Jam
    penawaran: Penawaran
    sebaran: dict[str, Sebaran]
    impas: dict[tuple[str, str], Decimal | None]
    rekomendasi: str
    alasan: list[str] = field(default_factory=list)


def bandingkan(penawaran: Penawaran, jam: Jam) -> Perbandingan:
    """Compare the quoted models and pick one, with its reasons (Indonesian sentences)."""
    model = penawaran.model_tersedia()
    s = {m: sebaran(penawaran, jam, m) for m in model}
    impas = {(x, y): titik_impas(penawaran, x, y) for x, y in PASANGAN if x in model and y in model}

    urut = sorted(model, key=lambda m: (s[m].harapan, s[m].atas))
    termurah = urut[0]
    setara = [m for m in urut if s[m].harapan <= s[termurah].harapan * (1 + AMBANG_SETARA)]
    pilihan = min(setara, key=lambda m: (s[m].atas, s[m].harapan))
    alasan: list[str] = []
    if pilihan == termurah:
        alasan.append(
            f"{NAMA_MODEL[pilihan]} punya biaya harapan terendah ({rupiah(_rp(s[pilihan].harapan))}).")
    else:
        selisih = s[pilihan].harapan / s[termurah].harapan - 1
        alasan.append(
            f"Biaya harapan {NAMA_MODEL[pilihan].lower()} hanya {persen(selisih.quantize(Decimal('0.001')))} "
            f"di atas {NAMA_MODEL[termurah].lower()} (di bawah ambang {persen(AMBANG_SETARA)}), sedangkan "
            f"batas atas rentangnya lebih rendah ({rupiah(_rp(s[pilihan].atas))} dibanding "
            f"{rupiah(_rp(s[termurah].atas))}): anggaran Anda lebih pasti.")
    if len(model) > 1:
        paling_sempit = min(model, key=lambda m: s[m].lebar)
        if paling_sempit == pilihan:
            alasan.append(
                f"Rentang biayanya juga paling sempit ({rupiah(_rp(s[pilihan].bawah))} sampai "
                f"{rupiah(_rp(s[pilihan].atas))}).")
        else:
            alasan.append(
                f"Rentang paling sempit ada pada {NAMA_MODEL[paling_sempit].lower()} "
                f"({rupiah(_rp(s[paling_sempit].bawah))} sampai {rupiah(_rp(s[paling_sempit].atas))}); "
                "pilih model itu bila kepastian anggaran lebih penting daripada biaya rata-rata.")
    if "tetap" in model and penawaran.harga_tetap is not None:
        dasar_jam = penawaran.tarif_per_jam * jam.dasar.rata
        premi = penawaran.harga_tetap / dasar_jam - 1
        if premi > 0:
            alasan.append(
                f"Harga tetap {persen(premi.quantize(Decimal('0.001')))} di atas perkiraan biaya per jam untuk "
                f"lingkup yang sama ({rupiah(_rp(dasar_jam))}): itulah harga yang Anda bayar agar risiko "
                "salah taksir jam pindah ke penyedia.")
        else:
            alasan.append(
                f"Harga tetap tidak lebih mahal dari perkiraan biaya per jam ({rupiah(_rp(dasar_jam))}): "
                "pastikan penyedia tidak menaksir lingkup terlalu sempit.")
    if "retainer" in model:
        k = penawaran.jam_retainer_total
        if k > 0:
            terpakai = (jam.rata - jam.kelebihan(k)) / k
            alasan.append(
                f"Dengan retainer, Anda diperkirakan memakai {persen(terpakai.quantize(Decimal('0.001')))} dari "
                f"{angka(k)} jam yang sudah dibayar; jam yang tidak terpakai hangus.")
    if jam.peluang > 0 and jam.besar > 0:
        alasan.append(
            f"Ada peluang {persen(jam.peluang)} lingkup berubah (menambah {persen(jam.besar)} pekerjaan): "
            "apa pun modelnya, tulis prosedur permintaan perubahan dan tarifnya di kontrak.")
    return Perbandingan(jam, penawaran, s, impas, pilihan, alasan)


def _rp(x: Decimal) -> Decimal:
    return bulat_rupiah(x)


RISIKO = {
    "tetap": (
        "Penyedia menanggung risiko salah taksir jam dalam lingkup yang disepakati.",
        "Anda menanggung biaya perubahan lingkup (dibayar sebagai pekerjaan tambahan) dan premi "
        "risiko yang sudah masuk ke harga.",
        "Penyedia terdorong menghemat jam; lindungi mutu dengan kriteria penerimaan yang tertulis.",
    ),
    "per_jam": (
        "Anda menanggung seluruh risiko jam: salah taksir maupun perubahan lingkup.",
        "Penyedia hanya menanggung risiko tarifnya terlalu rendah.",
        "Minta batas jam (plafon) dan laporan jam berkala, dan setujui penambahan jam secara tertulis.",
    ),
    "retainer": (
        "Anda menanggung risiko kapasitas tidak terpakai: jam termasuk yang tidak dipakai tetap dibayar.",
        "Penyedia menanggung risiko menjaga orang dan waktunya tetap tersedia untuk Anda.",
        "Jam di atas kuota ditagih dengan tarif kelebihan; sepakati cara menghitung dan melaporkannya.",
    ),
}
