// How many SMS segments a text takes, as carriers bill it. A text that fits the GSM 03.38 alphabet
// is sent as GSM-7: 160 characters in one SMS, 153 per segment once split (the rest of each segment
// carries the joining header); the extension characters take two places. Any other character (Hindi,
// emoji, curly quotes) makes the whole text UCS-2: 70 in one SMS, 67 per segment.
(function () {
  'use strict';
  var BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
  var EXTENDED = '^{}\\[~]|€\f';

  function count(text) {
    var gsm = true;
    var units = 0;
    var chars = Array.from(text || '');
    chars.forEach(function (c) {
      if (BASIC.indexOf(c) >= 0) units += 1;
      else if (EXTENDED.indexOf(c) >= 0) units += 2;
      else gsm = false;
    });
    if (!gsm) {
      // UCS-2 counts UTF-16 code units: an emoji outside the BMP takes two
      units = chars.reduce(function (n, c) { return n + c.length; }, 0);
    }
    var single = gsm ? 160 : 70;
    var part = gsm ? 153 : 67;
    var segments = units === 0 ? 0 : (units <= single ? 1 : Math.ceil(units / part));
    return { encoding: gsm ? 'GSM-7' : 'Unicode', characters: units, segments: segments, perSegment: segments > 1 ? part : single };
  }

  window.crmSms = { count: count };
})();
