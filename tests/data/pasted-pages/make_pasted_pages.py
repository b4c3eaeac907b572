#!/usr/bin/env python3
"""Portal pages a clerk selected in the browser and pasted into Word/WPS, saved as DOCX.

The paste keeps the page's chrome as Word content: the menu as a table of one row of links, the breadcrumb,
the column's name, the info line or the record list, the share bar, 上一篇/下一篇 and the footer with its ICP
number, as paragraphs, tables and w:hyperlink runs, the images as drawings with their alt text. The pages are
made up, modelled on the layouts of county and township portals. Run from this directory:
python3 make_pasted_pages.py writes the two fixtures the tests read (01, 02) beside it, byte-identical on every run;
python3 make_pasted_pages.py DIR writes all four pages into DIR (03: a news site's story, 04: a title glued to its info
line and a footer of links), to read by hand.
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' \
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def link(text, rid="rIdLink"):
    return f'<w:hyperlink r:id="{rid}">{run(text)}</w:hyperlink>'


def para(*parts, align=None):
    ppr = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ''
    body = ''.join(p if p.startswith('<') else run(p) for p in parts)
    return f'<w:p>{ppr}{body}</w:p>'


def image(alt):
    return ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/>'
            f'<wp:docPr id="1" name="图片 1" descr="{escape(alt)}"/></wp:inline></w:drawing></w:r></w:p>')


def table(rows):
    out = '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    for row in rows:
        out += '<w:tr>' + ''.join(f'<w:tc>{cell if cell.startswith("<w:p") else para(cell)}</w:tc>' for cell in row)
        out += '</w:tr>'
    return out + '</w:tbl>'


OUT_DIR = '.'
FIXTURES = ('01-county-portal-menu-table.docx', '02-record-table-pasted.docx')


def write(name, body):
    if OUT_DIR == '.' and name not in FIXTURES:
        return
    name = os.path.join(OUT_DIR, name)
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}' \
               '<w:sectPr/></w:body></w:document>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships ' \
           'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' \
           'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' \
           'Target="word/document.xml"/></Relationships>'
    doc_rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships ' \
               'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink" ' \
               'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ' \
               'Target="http://www.example.gov.cn/" TargetMode="External"/></Relationships>'
    types = '<?xml version="1.0" encoding="UTF-8"?><Types ' \
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ' \
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ' \
            'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/' \
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, text in (('[Content_Types].xml', types), ('_rels/.rels', rels),
                           ('word/_rels/document.xml.rels', doc_rels), ('word/document.xml', document)):
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode('utf-8'))


REPORT = [
    '{year}年，{unit}在县委、县政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下。',
    '一、主要成效',
    '（一）加强组织领导。全年召开专题会议{meetings}次，审查规范性文件{documents}件。',
    '（二）推进严格规范公正文明执法。开展行政执法案卷评查{cases}卷，整改问题{issues}个。',
    '二、存在的不足',
    '部分干部运用法治思维解决问题的能力有待提高。',
    '三、下一步工作',
    '持续推进依法行政，加强执法人员培训。',
]


def report(unit, signed, **figures):
    body = ''.join(para(line.format(unit=unit, **figures)) for line in REPORT)
    return body + para(unit, align='right') + para(signed, align='right')


def menu(*items):
    return table([[para(link(item)) for item in items]])


FOOTER = [para(link('网站地图'), ' | ', link('联系我们'), ' | ', link('网站声明')),
          para('主办单位：{owner}  承办单位：{office}'),
          para('网站标识码：{code}  {icp}  {police}')]


def footer(**names):
    return ''.join(p.format(**names) for p in FOOTER)


def main():
    # 01: a county portal's article page: the menu a table of one row of links, a breadcrumb, the column's name over
    # the title, an info line with a hit counter, the share bar, 上一篇/下一篇 and the footer.
    write('01-county-portal-menu-table.docx', ''.join([
        image('平川县人民政府门户网站'),
        menu('首页', '政务公开', '政务服务', '互动交流', '走进平川'),
        para('当前位置：', link('首页'), ' > ', link('政务公开'), ' > ', link('计划总结')),
        para('计划总结'),
        para('白沙镇人民政府2024年度法治政府建设情况报告'),
        para('发布时间：2025-01-08 09:30  来源：白沙镇人民政府  阅读量：1203'),
        para('【字体：大 中 小】'),
        report('白沙镇人民政府', '2025年1月6日', year=2024, meetings=4, documents=12, cases=36, issues=9),
        para('分享到：', link('微信'), ' ', link('微博'), ' ', link('QQ空间')),
        para('【打印本页】 【关闭窗口】'),
        para('上一篇：', link('白沙镇2025年普法依法治理工作要点')),
        para('下一篇：', link('白沙镇2024年行政执法统计年报')),
        footer(owner='平川县人民政府办公室', office='平川县政务服务数据管理局', code='5301000001',
               icp='滇ICP备05001234号', police='滇公网安备53010002000123号'),
    ]))
    # 02: an information platform's record page: the record as a table of label and value cells without colons, a
    # zero-padded date under the title, and a counter left empty by its script.
    write('02-record-table-pasted.docx', ''.join([
        para(link('首页'), ' | ', link('政府信息公开'), ' | ', link('政府信息公开指南')),
        para('您所在的位置：', link('首页'), ' > ', link('法定主动公开内容'), ' > ', link('法治政府建设')),
        table([['索引号', '11530321MB0123456X/2025-00015', '信息分类', '法治政府建设'],
               ['发布机构', '青石乡人民政府', '发文日期', '2025-01-15'],
               ['文号', '', '有效性', '有效']]),
        para('青石乡2024年法治政府建设工作报告'),
        para('2025年01月20日'),
        para('浏览次数：'),
        report('青石乡人民政府', '2025年1月15日', year=2024, meetings=3, documents=8, cases=21, issues=5),
        para('相关附件：无'),
        para(link('【打印】'), '  ', link('【关闭】')),
        footer(owner='平川县青石乡人民政府', office='青石乡党政综合办公室', code='5303210012',
               icp='滇ICP备05004321号', police='滇公网安备53032102000045号'),
    ]))
    # 03: a news site's story of the report: the site's name, the column, the byline and editor, a read count.
    write('03-news-site-byline.docx', ''.join([
        para('平川新闻网'),
        para(link('首页'), '  ', link('时政'), '  ', link('法治'), '  ', link('乡镇'), '  ', link('视频')),
        para('法治建设'),
        para('河口街道办事处关于2024年度法治政府建设工作情况的报告'),
        para('2025-02-11 16:20  来源：平川日报'),
        para('记者 王明 通讯员 李华'),
        report('河口街道办事处', '2025年2月10日', year=2024, meetings=6, documents=15, cases=40, issues=12),
        para('责任编辑：赵静'),
        para('浏览：1,256'),
        para('平川新闻网版权所有 未经授权禁止转载'),
        para('网站标识码：5301000099  滇ICP备05009999号'),
    ]))
    # 04: a department's page: the title glued to its info line in one paragraph, the menu as one line of links,
    # the footer as a table of one row.
    write('04-department-glued-info.docx', ''.join([
        para('平川县司法局'),
        para(link('网站首页'), ' | ', link('机构概况'), ' | ', link('政务公开'), ' | ', link('普法宣传')),
        para('首页 > 通知公告'),
        para('通知公告'),
        para('平川县司法局2024年法治政府建设年度报告发布时间：2025-01-22 来源：平川县司法局 点击数：88'),
        report('平川县司法局', '2025年1月20日', year=2024, meetings=5, documents=9, cases=64, issues=7),
        para('扫一扫在手机打开当前页'),
        table([[para(link('平川县人民政府')), para(link('平川县人民法院')), para(link('平川县人民检察院'))]]),
        para('版权所有：平川县司法局  网站标识码：5301000123'),
    ]))


if __name__ == '__main__':
    if len(sys.argv) > 1:
        OUT_DIR = sys.argv[1]
    main()
