package com.medvisionlab.demo;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.Difficulty;
import com.medvisionlab.course.PatientSex;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.course.ReferenceFinding;
import com.medvisionlab.demo.phantom.ChestRadiograph;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.demo.phantom.Lesion;
import java.util.List;
import java.util.Locale;

/**
 * The invented demo texts, in English and Simplified Chinese, written around the generated images' known facts
 * (lesion sizes and places come from the phantom constants, so text and pixels cannot drift apart).
 *
 * @param studies the de-identified UIDs the generated images got at ingest
 */
record DemoCases(DemoStudies studies) {

    static final String COURSE_TITLE = "MedVision Lab demo course · 示例课程";
    static final String COURSE_DESCRIPTION = """
            Generated demo content: a CT chest phantom and a chest-radiograph-like image, made by the portal itself \
            (no patient data). 由本系统生成的演示内容（体模图像，不含任何患者数据）。""";

    enum Language {
        EN,
        ZH
    }

    CaseSetDraft caseSet(Language language) {
        return language == Language.EN
                ? new CaseSetDraft(
                        "Demo: chest imaging",
                        "Two generated cases to try the viewer, the blind read and the AI second opinion.",
                        null,
                        null,
                        ReadingMode.OPEN)
                : new CaseSetDraft("示例：胸部影像", "两个生成的病例，用于体验阅片器、盲读和 AI 第二意见。", null, null, ReadingMode.OPEN);
    }

    List<CaseContent> cases(Language language) {
        return List.of(ct(language), radiograph(language));
    }

    private CaseContent ct(Language language) {
        Lesion solid = lesion("rul-solid-nodule");
        Lesion groundGlass = lesion("lll-ground-glass-nodule");
        Lesion granuloma = lesion("lul-calcified-granuloma");
        String solidKey = studies.ctSliceUid(sliceOf(solid));
        String ggoKey = studies.ctSliceUid(sliceOf(groundGlass));
        String granulomaKey = studies.ctSliceUid(sliceOf(granuloma));
        boolean en = language == Language.EN;
        return new CaseContent(
                en ? "Incidental lung nodules on chest CT" : "胸部 CT 偶然发现的肺结节",
                en ? """
                          A 65-year-old man, former smoker (30 pack-years), had a CT of the chest before planned \
                          surgery for an inguinal hernia. No cough, no weight loss. *Invented history for teaching.*""" : """
                          男，65 岁，既往吸烟（30 包年），拟行腹股沟疝手术前行胸部 CT 检查。无咳嗽，无体重下降。\
                          *教学用虚构病史。*""",
                "065Y",
                PatientSex.M,
                studies.ctStudyUid(),
                List.of(studies.ctSeriesUid()),
                List.of(solidKey, ggoKey, granulomaKey),
                List.of(
                        new ReferenceFinding(
                                en
                                        ? "Solid nodule, %s mm, smooth margin, about %d HU"
                                                .formatted(mm(solid.diameterMm()), solid.hu())
                                        : "实性结节，%s mm，边缘光滑，约 %d HU".formatted(mm(solid.diameterMm()), solid.hu()),
                                en ? "Right upper lobe" : "右肺上叶",
                                solidKey),
                        new ReferenceFinding(
                                en
                                        ? "Pure ground-glass nodule, %s mm, about %d HU"
                                                .formatted(mm(groundGlass.diameterMm()), groundGlass.hu())
                                        : "纯磨玻璃结节，%s mm，约 %d HU"
                                                .formatted(mm(groundGlass.diameterMm()), groundGlass.hu()),
                                en ? "Left lower lobe" : "左肺下叶",
                                ggoKey),
                        new ReferenceFinding(
                                en
                                        ? "Densely calcified granuloma, %s mm (benign, no follow-up)"
                                                .formatted(mm(granuloma.diameterMm()))
                                        : "致密钙化肉芽肿，%s mm（良性，无需随访）".formatted(mm(granuloma.diameterMm())),
                                en ? "Left upper lobe" : "左肺上叶",
                                granulomaKey)),
                en
                        ? "%s mm solid right upper lobe nodule in a high-risk patient; %s mm ground-glass nodule in the left lower lobe; calcified granuloma."
                                .formatted(mm(solid.diameterMm()), mm(groundGlass.diameterMm()))
                        : "高危患者右肺上叶 %s mm 实性结节；左肺下叶 %s mm 磨玻璃结节；钙化肉芽肿。"
                                .formatted(mm(solid.diameterMm()), mm(groundGlass.diameterMm())),
                en ? "Indeterminate solitary solid pulmonary nodule" : "性质未定的孤立性实性肺结节",
                en ? """
                          - Measure a nodule in the **lung window**, long and short axis, on the slice where it is largest.
                          - Solid, ground-glass and calcified nodules are managed differently (Fleischner 2017).
                          - Check the density in HU: dense calcification suggests a benign granuloma.
                          - A solid nodule > 8 mm in a high-risk patient: consider PET-CT or tissue sampling.""" : """
                          - 在**肺窗**上于结节最大层面测量长径和短径。
                          - 实性、磨玻璃和钙化结节的处理不同（Fleischner 2017 指南）。
                          - 测量 CT 值：致密钙化提示良性肉芽肿。
                          - 高危患者实性结节 > 8 mm：考虑 PET-CT 或组织活检。""",
                Difficulty.INTERMEDIATE,
                List.of(en ? "en" : "zh", "ct", "chest", "nodule", "demo"),
                en
                        ? List.of(
                                "How large is the right upper lobe nodule and what follow-up does it need?",
                                "Which features suggest that the left upper lobe lesion is benign?",
                                "How does a ground-glass nodule differ from a solid one in management?")
                        : List.of("右肺上叶结节有多大？需要怎样随访？", "哪些特征提示左肺上叶病灶为良性？", "磨玻璃结节与实性结节的处理有何不同？"));
    }

    private CaseContent radiograph(Language language) {
        boolean en = language == Language.EN;
        String key = studies.radiographUid();
        String nodule = mm(ChestRadiograph.NODULE_DIAMETER_MM);
        return new CaseContent(
                en ? "Sudden chest pain in a young woman" : "年轻女性突发胸痛",
                en ? """
                          A 33-year-old woman, tall and slim, woke with sudden right-sided pleuritic chest pain and \
                          mild shortness of breath. Oxygen saturation 95 % on room air. *Invented history.*""" : """
                          女，33 岁，体型瘦高，晨起突发右侧胸膜性胸痛伴轻度气短。未吸氧下血氧饱和度 95%。\
                          *虚构病史。*""",
                "033Y",
                PatientSex.F,
                studies.radiographStudyUid(),
                List.of(),
                List.of(key),
                List.of(
                        new ReferenceFinding(
                                en
                                        ? "Visceral pleural line with no lung markings beyond it (rim about %s mm)"
                                                .formatted(mm(ChestRadiograph.PNEUMOTHORAX_RIM_MM))
                                        : "可见脏层胸膜线，其外侧无肺纹理（宽约 %s mm）"
                                                .formatted(mm(ChestRadiograph.PNEUMOTHORAX_RIM_MM)),
                                en ? "Right apex and lateral chest wall" : "右肺尖及外侧胸壁",
                                key),
                        new ReferenceFinding(
                                en
                                        ? "Round nodule, %s mm, well defined".formatted(nodule)
                                        : "圆形结节，%s mm，边界清楚".formatted(nodule),
                                en ? "Left mid zone" : "左中肺野",
                                key)),
                en
                        ? "Small right apical pneumothorax. Incidental %s mm left mid-zone nodule.".formatted(nodule)
                        : "右侧少量气胸（肺尖）。偶然发现左中肺野 %s mm 结节。".formatted(nodule),
                en ? "Primary spontaneous pneumothorax" : "原发性自发性气胸",
                en ? """
                          - Look for the thin **visceral pleural line** and the absence of lung markings beyond it.
                          - Do not stop at the first finding: the incidental nodule is the classic *satisfaction of \
                          search* miss.
                          - A nodule on a radiograph needs comparison with old films or a CT.""" : """
                          - 寻找细的**脏层胸膜线**及其外侧肺纹理消失。
                          - 不要在发现第一个异常后就停止阅片：偶然的结节是典型的“满意即止”漏诊。
                          - 胸片上的结节需要与旧片对比或行 CT 检查。""",
                Difficulty.INTRODUCTORY,
                List.of(en ? "en" : "zh", "radiograph", "chest", "pneumothorax", "nodule", "demo"),
                en
                        ? List.of(
                                "Where is the pleural line, and how large is the pneumothorax?",
                                "Is there anything else abnormal on this radiograph?",
                                "What is the next step for a small primary spontaneous pneumothorax?")
                        : List.of("胸膜线在哪里？气胸有多大？", "这张胸片还有其他异常吗？", "原发性自发性少量气胸下一步如何处理？"));
    }

    private static Lesion lesion(String id) {
        return CtPhantom.LESIONS.stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The 0-based slice nearest the lesion's centre. */
    static int sliceOf(Lesion lesion) {
        return (int) Math.round((CtPhantom.TOP_Z_MM - lesion.zMm()) / CtPhantom.SLICE_SPACING_MM);
    }

    private static String mm(double value) {
        return value == Math.rint(value) ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
    }
}
