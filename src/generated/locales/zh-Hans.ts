
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.error-title': `无法显示这篇文章。`,
'article.permalink': `本节链接`,
'back-to-top.label': `返回顶部`,
'issue.date-needs-time-zone': str`“${0}”没有 UTC 偏移，且文章未指定 timeZone`,
'issue.duplicate-id': str`id“${0}”重复，已自动添加后缀`,
'issue.expected-array': `应为数组`,
'issue.expected-boolean': `应为 true 或 false`,
'issue.expected-non-empty-string': `应为非空字符串`,
'issue.expected-object': `应为对象`,
'issue.expected-string': `应为字符串`,
'issue.invalid-date': str`“${0}”不是有效日期（请使用 2025-07-16 或 2025-07-16T15:00:09+08:00 的形式）`,
'issue.invalid-id': str`“${0}”不能用作 id（不能包含空格）`,
'issue.invalid-lang': str`“${0}”不是有效的语言标记（如 zh-Hans 或 en）`,
'issue.invalid-time-zone': str`“${0}”不是已知的时区（请使用 IANA 名称，如 Asia/Shanghai）`,
'issue.json-syntax': `JSON 格式错误`,
'issue.json-syntax-at': str`JSON 格式错误，位于第 ${0} 行第 ${1} 列`,
'issue.lone-surrogate': `文本含有损坏的字符（孤立的代理项），显示为 �`,
'issue.message': str`${0}：${1}`,
'issue.more-warnings': str`另有 ${0} 条同类警告，不再逐条报告`,
'issue.path-document': `文档`,
'issue.required': `缺少此必填字段`,
'issue.too-deep': `章节嵌套层级过深`,
'issue.too-large': str`输入超过了 ${0} 个字符的上限`,
'issue.too-long': str`文本超过了 ${0} 个字符的上限`,
'issue.too-many-blocks': str`块与列表项超过 ${0} 个，在此处达到上限`,
'issue.too-many-links': str`链接超过 ${0} 个，已达上限`,
'issue.unknown-block': str`未知的块类型“${0}”，已跳过`,
'issue.unknown-field': `未知字段，已忽略`,
'issue.unreadable': `无法读取数据（读取某个属性时出错）`,
'issue.unsafe-url': str`网址“${0}”不安全，不能作为链接，已显示为文本`,
'meta.author': str`作者：${0}`,
'meta.published': `发布时间`,
'meta.reading-time.one': str`阅读约 ${0} 分钟`,
'meta.reading-time.other': str`阅读约 ${0} 分钟`,
'meta.updated': `更新时间`,
'related.heading': `相关内容`,
'related.new-tab': `（在新标签页中打开）`,
'related.show-fewer': `收起`,
'related.show-more': str`显示其余 ${0} 条`,
'toc.label': `目录`,
    };
  